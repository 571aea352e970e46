package io.github.craftmark.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.CraftMarkException;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import io.github.craftmark.core.testing.RandomInputs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RestrictedGoodsListTest {
  private static final RestrictedGoodsList DEFAULT = RestrictedGoodsList.defaultList();

  private static List<String> codes(String text) {
    return DEFAULT.match(text).stream().map(RestrictedGoodsEntry::code).toList();
  }

  @Test
  void defaultList_isAnUnverifiedSampleCitingCircular47() {
    assertThat(DEFAULT.verified()).isFalse();
    assertThat(DEFAULT.note()).hasValueSatisfying(n -> assertThat(n).contains("NOT verified"));
    assertThat(DEFAULT.entries())
        .extracting(RestrictedGoodsEntry::code)
        .containsExactly(
            "ivory",
            "rhino-horn",
            "hawksbill-shell",
            "tiger-products",
            "pangolin-scales",
            "antiquities",
            "bladed-weapons",
            "firecrackers");
    assertThat(DEFAULT.entries())
        .allSatisfy(e -> assertThat(e.legalBasis()).contains("Circular 47/2014/TT-BCT"))
        .allSatisfy(e ->
            assertThat(e.note()).hasValueSatisfying(n -> assertThat(n).startsWith("Unverified.")));
    assertThat(DEFAULT.find("antiquities").orElseThrow().level())
        .isEqualTo(RestrictionLevel.CONDITIONAL);
    assertThat(DEFAULT.find("ivory").orElseThrow().level()).isEqualTo(RestrictionLevel.BANNED);
    assertThat(RestrictedGoodsList.defaultList()).isSameAs(DEFAULT);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Vòng tay NGA VOI tự nhiên|ivory",
        "vòng tay ngà voi|ivory",
        "Vo\u0300ng tay nga\u0300 voi|ivory",
        "Carved ivory bangle|ivory",
        "vong tay nga voi|ivory",
        "Kiem nhat trang tri|bladed-weapons",
        "phao dai ngay Tet|firecrackers",
        "Lược mai đồi mồi|hawksbill-shell",
        "Lược vảy đồi mồi thủ công|hawksbill-shell",
        "Bình gốm cổ vật thời Lý|antiquities",
        "Thanh kiếm Nhật trang trí|bladed-weapons",
        "Dao-găm (mỹ nghệ)|bladed-weapons",
        "Pháo nổ Tết|firecrackers",
        "Tượng sừng tê giác|rhino-horn"
      })
  void match_findsKeywordsIgnoringDiacriticsAndCase(String text, String code) {
    assertThat(codes(text)).containsExactly(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Khăn lụa voile Vạn Phúc",
        "Bình hút lộc men rạn Bát Tràng",
        "Gốm giả cổ Chu Đậu",
        "Đổi mới mẫu mã gốm sứ",
        "Tìm kiếm quà tặng tiết kiệm",
        "Phao câu cá tre",
        "Câu đối đỏ, pháo giấy trang trí Tết",
        "Ivorycoloured silk",
        "Ivory silk scarf",
        "Khăn lụa màu ivory",
        "Bình gốm giá tiết kiệm nhất",
        "Áo phao dài lót lụa tơ tằm",
        "Túi cói có vật liệu tái chế",
        "Gốm Bát Tràng mãi đổi mới",
        "Tiểu cảnh đá hồ Thái",
        "Tranh Đông Hồ con hổ",
        ""
      })
  void match_onOrdinaryCraftListings_findsNothing(String text) {
    assertThat(codes(text)).isEmpty();
  }

  @Test
  void match_returnsEveryMatchingEntryInListOrder() {
    assertThat(codes("Bộ sưu tập cổ vật: kiếm katana, tẩu ngà voi"))
        .containsExactly("ivory", "antiquities", "bladed-weapons");
  }

  @Test
  void check_reportsBannedAsErrorsAndConditionalAsWarnings() {
    ComplianceReport report = DEFAULT.check("name", "Dao găm chuôi ngà voi");
    assertThat(report.codes())
        .containsExactly("RESTRICTED_GOODS_BANNED", "RESTRICTED_GOODS_CONDITIONAL");
    assertThat(report.hasErrors()).isTrue();
    Finding ivory = report.findings(Severity.ERROR).get(0);
    assertThat(ivory.field()).contains("name");
    assertThat(ivory.messageVi())
        .isEqualTo("Tin đăng nhắc tới hàng cấm kinh doanh: Ngà voi và sản phẩm từ ngà voi"
            + " (từ khóa \"ngà voi\").");
    assertThat(ivory.legalBasis()).contains("Circular 47/2014/TT-BCT; wildlife and CITES rules");
    assertThat(DEFAULT.check("name", "Lụa tơ tằm Vạn Phúc").findings()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("randomTexts")
  void match_onRandomText_neverFails(String text) {
    assertThat(DEFAULT.match(text)).isNotNull();
  }

  static java.util.stream.Stream<String> randomTexts() {
    return RandomInputs.stringStream(47L, 500, 60);
  }

  @Test
  void load_readsAUsersOwnList() {
    String json = "{\"verified\":true,\"entries\":[{\"code\":\"coral\",\"level\":\"BANNED\","
        + "\"nameVi\":\"San hô đỏ\",\"nameEn\":\"Red coral\",\"keywords\":[\"san hô đỏ\"],"
        + "\"legalBasis\":\"Association rule 1/2025\"}]}";
    RestrictedGoodsList own =
        RestrictedGoodsList.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(own.verified()).isTrue();
    assertThat(own.note()).isEmpty();
    assertThat(own.match("Vòng SAN HO DO"))
        .extracting(RestrictedGoodsEntry::code)
        .containsExactly("coral");
  }

  @Test
  void load_whenEntryInvalid_failsWithTheSdkMessage() {
    String json = "{\"entries\":[{\"code\":\"coral\",\"level\":\"BANNED\",\"nameVi\":\"San hô\","
        + "\"nameEn\":\"Coral\",\"keywords\":[],\"legalBasis\":\"X\"}]}";
    assertThatThrownBy(() -> RestrictedGoodsList.load(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(CraftMarkException.class)
        .hasMessageStartingWith("restricted goods list could not be read")
        .hasMessageContaining("keywords must not be empty: []");
    assertThatThrownBy(() -> RestrictedGoodsList.load(
            new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(CraftMarkException.class);
  }

  @Test
  void of_whenCodesRepeat_isRejected() {
    RestrictedGoodsEntry ivory = DEFAULT.find("ivory").orElseThrow();
    assertThatThrownBy(() -> RestrictedGoodsList.of(List.of(ivory, ivory)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("entries must not repeat a code: \"ivory\"");
    assertThat(RestrictedGoodsList.of(List.of(ivory)).verified()).isFalse();
  }

  @Test
  void json_matchesGolden() {
    RestrictedGoodsList list = new RestrictedGoodsList(
        false,
        Optional.of("Sample for tests; unverified."),
        List.of(DEFAULT.find("ivory").orElseThrow(), DEFAULT.find("antiquities").orElseThrow()));
    GoldenJson.assertMatchesGolden(
        list, RestrictedGoodsList.class, "compliance/restricted-goods-list.json");
  }

  @Test
  void json_defaultResourceReadsBackEqual() throws Exception {
    String written = GoldenJson.write(DEFAULT);
    assertThat(GoldenJson.MAPPER.readValue(written, RestrictedGoodsList.class)).isEqualTo(DEFAULT);
  }
}
