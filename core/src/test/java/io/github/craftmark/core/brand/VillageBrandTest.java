package io.github.craftmark.core.brand;

import static io.github.craftmark.core.brand.BrandFixtures.batTrang;
import static io.github.craftmark.core.brand.BrandFixtures.bauTrucGi;
import static io.github.craftmark.core.brand.BrandFixtures.vanPhucPending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.json.GoldenJson;
import io.github.craftmark.core.product.CraftCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class VillageBrandTest {

  @Test
  void builder_buildsTheBatTrangCollectiveMark() {
    VillageBrand brand = batTrang();
    assertThat(brand.markType()).isEqualTo(MarkType.COLLECTIVE_MARK);
    assertThat(brand.sign().words()).isEqualTo("Gốm Bát Tràng");
    assertThat(brand.owner().isProducer(BrandFixtures.ASSOCIATION)).isTrue();
    assertThat(brand.niceClasses()).containsExactly(21);
    assertThat(brand.registration().granted()).isTrue();
    assertThat(brand.crafts()).containsExactly(CraftCategory.CERAMICS);
  }

  @Test
  void build_whenIdMissing_failsNamingIt() {
    assertThatThrownBy(() -> batTrang().toBuilder().id(null).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("id must not be null: null");
  }

  @Test
  void toBuilder_rebuildsAnEqualBrand() {
    assertThat(batTrang().toBuilder().build()).isEqualTo(batTrang());
    assertThat(bauTrucGi().toBuilder().build()).isEqualTo(bauTrucGi());
  }

  @Test
  void build_whenGeographicalIndicationNotOwnedByTheState_isRejected() {
    assertThatThrownBy(() -> bauTrucGi().toBuilder()
            .owner(BrandOwner.of(BrandOwnerKind.COOPERATIVE, "Hợp tác xã Gốm Bàu Trúc"))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("owner.kind must be STATE for a GEOGRAPHICAL_INDICATION: COOPERATIVE");
  }

  @Test
  void build_whenTheStateOwnsAMark_isRejected() {
    assertThatThrownBy(() -> batTrang().toBuilder()
            .owner(BrandOwner.state("Sở Khoa học và Công nghệ Hà Nội"))
            .build())
        .hasMessage("owner.kind may be STATE only for a GEOGRAPHICAL_INDICATION: STATE");
  }

  @ParameterizedTest
  @EnumSource(
      value = BrandOwnerKind.class,
      names = {"INDIVIDUAL", "HOUSEHOLD_BUSINESS", "ENTERPRISE"})
  void build_whenCollectiveMarkOwnedByNonCollective_isRejected(BrandOwnerKind kind) {
    assertThatThrownBy(() -> batTrang().toBuilder()
            .owner(BrandOwner.of(kind, "Nguyễn Văn A", ProducerId.of("ca-nhan-01")))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("owner.kind must be a collective organisation (association, cooperative…)"
            + " for a COLLECTIVE_MARK: " + kind);
  }

  @ParameterizedTest
  @EnumSource(
      value = BrandOwnerKind.class,
      names = {"ASSOCIATION", "COOPERATIVE", "COOPERATIVE_GROUP", "OTHER_ORGANISATION"})
  void build_whenCollectiveMarkOwnedByCollective_isAccepted(BrandOwnerKind kind) {
    VillageBrand brand =
        batTrang().toBuilder().owner(BrandOwner.of(kind, "Tổ chức tập thể")).build();
    assertThat(brand.owner().kind()).isEqualTo(kind);
  }

  @Test
  void niceClasses_areSortedAndChecked() {
    assertThat(vanPhucPending().toBuilder().niceClasses(26, 24, 25).build().niceClasses())
        .containsExactly(24, 25, 26);
    assertThatThrownBy(() -> batTrang().toBuilder().niceClasses(21, 21).build())
        .hasMessage("niceClasses must not repeat a class: 21");
    assertThatThrownBy(() -> batTrang().toBuilder().niceClasses(46).build())
        .hasMessage("niceClasses[0] must be 1..45: 46");
    assertThatThrownBy(() -> batTrang().toBuilder().niceClasses(0, 21).build())
        .hasMessage("niceClasses[0] must be 1..45: 0");
    assertThatThrownBy(() -> batTrang().toBuilder().niceClasses(21, null).build())
        .hasMessage("niceClasses[1] must not be null: null");
  }

  @Test
  void niceClasses_whenEmptyForAMark_isRejected_butAllowedForAGeographicalIndication() {
    assertThatThrownBy(() -> batTrang().toBuilder().niceClasses().build())
        .hasMessage("niceClasses must not be empty for mark type COLLECTIVE_MARK: \"[]\"");
    assertThat(bauTrucGi().niceClasses()).isEmpty();
  }

  @Test
  void protection_mustBeGivenExactlyWhenGranted() {
    assertThatThrownBy(() -> batTrang().toBuilder().protection(null).build())
        .hasMessage("protection must be given exactly when the registration is granted: null");
    assertThatThrownBy(() -> vanPhucPending().toBuilder()
            .protection(ProtectionPeriod.indefiniteFrom(LocalDate.of(2025, 1, 1)))
            .build())
        .hasMessageStartingWith(
            "protection must be given exactly when the registration is granted");
  }

  @Test
  void invalidation_whenPending_isRejected() {
    assertThatThrownBy(() -> vanPhucPending().toBuilder()
            .invalidation(new Invalidation(LocalDate.of(2025, 6, 1), "Từ chối"))
            .build())
        .hasMessageStartingWith("invalidation must be absent while the brand is pending");
  }

  @Test
  void statusOn_followsTheProtectionPeriodBothEndsIncluded() {
    VillageBrand brand = batTrang();
    assertThat(brand.statusOn(LocalDate.of(2012, 9, 19))).isEqualTo(BrandStatus.PENDING);
    assertThat(brand.statusOn(LocalDate.of(2012, 9, 20))).isEqualTo(BrandStatus.REGISTERED);
    assertThat(brand.statusOn(LocalDate.of(2031, 3, 15))).isEqualTo(BrandStatus.REGISTERED);
    assertThat(brand.statusOn(LocalDate.of(2031, 3, 16))).isEqualTo(BrandStatus.EXPIRED);
  }

  @Test
  void statusOn_whenInvalidated_isInvalidatedFromItsEffectiveDay() {
    VillageBrand brand = batTrang().toBuilder()
        .invalidation(new Invalidation(LocalDate.of(2026, 1, 10), "EXAMPLE: quyết định chấm dứt"))
        .build();
    assertThat(brand.statusOn(LocalDate.of(2026, 1, 9))).isEqualTo(BrandStatus.REGISTERED);
    assertThat(brand.statusOn(LocalDate.of(2026, 1, 10))).isEqualTo(BrandStatus.INVALIDATED);
    assertThat(brand.statusOn(LocalDate.of(2040, 1, 1))).isEqualTo(BrandStatus.INVALIDATED);
  }

  @Test
  void statusOn_pendingOrIndefinite() {
    assertThat(vanPhucPending().statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(BrandStatus.PENDING);
    assertThat(bauTrucGi().statusOn(LocalDate.of(2099, 12, 31))).isEqualTo(BrandStatus.REGISTERED);
  }

  @Test
  void covers_listedCraftsOrAllWhenNoneListed() {
    assertThat(batTrang().covers(CraftCategory.CERAMICS)).isTrue();
    assertThat(batTrang().covers(CraftCategory.SILK)).isFalse();
    assertThat(batTrang().toBuilder().crafts().build().covers(CraftCategory.SILK))
        .isTrue();
    assertThatThrownBy(() -> batTrang().toBuilder()
            .crafts(CraftCategory.CERAMICS, CraftCategory.CERAMICS)
            .build())
        .hasMessage("crafts must not repeat a value: ceramics");
  }

  @Test
  void json_collectiveMarkMatchesGolden() {
    GoldenJson.assertMatchesGolden(
        batTrang(), VillageBrand.class, "brand/bat-trang-collective-mark.json");
  }

  @Test
  void json_geographicalIndicationMatchesGolden() {
    GoldenJson.assertMatchesGolden(
        bauTrucGi(), VillageBrand.class, "brand/bau-truc-geographical-indication.json");
  }

  @Test
  void json_invalidatedTrademarkMatchesGolden() {
    VillageBrand invalidated = BrandFixtures.quangVinhTrademark().toBuilder()
        .invalidation(new Invalidation(
            LocalDate.of(2024, 3, 1), "EXAMPLE-35/QĐ-SHTT: chấm dứt hiệu lực theo yêu cầu"))
        .build();
    GoldenJson.assertMatchesGolden(
        invalidated, VillageBrand.class, "brand/invalidated-trademark.json");
  }

  @Test
  void json_whenGeographicalIndicationOwnedByAnAssociation_failsWithTheSdkMessage() {
    String json = GoldenJson.golden("brand/bau-truc-geographical-indication.json")
        .replaceAll(
            "\"kind\" : \"STATE\",[^}]*}", "\"kind\" : \"ASSOCIATION\", \"name\" : \"Hội Gốm\" }");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(json, VillageBrand.class))
        .hasMessageContaining(
            "owner.kind must be STATE for a GEOGRAPHICAL_INDICATION: ASSOCIATION");
    String noClass = GoldenJson.golden("brand/bat-trang-collective-mark.json")
        .replace("\"niceClasses\" : [\n    21\n  ]", "\"niceClasses\" : [ 21, 50 ]");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(noClass, VillageBrand.class))
        .hasMessageContaining("niceClasses[1] must be 1..45: 50");
  }

  static Stream<List<Integer>> randomClassLists() {
    Random random = new Random(20241107L);
    return IntStream.range(0, 200).mapToObj(i -> {
      List<Integer> classes = new ArrayList<>();
      int n = random.nextInt(6);
      for (int k = 0; k < n; k++) {
        classes.add(random.nextInt(50) - 2);
      }
      return classes;
    });
  }

  @ParameterizedTest
  @MethodSource("randomClassLists")
  void niceClasses_areSortedDistinctInRange_orRejected(List<Integer> classes) {
    boolean valid = !classes.isEmpty()
        && classes.stream().allMatch(c -> c >= 1 && c <= 45)
        && new TreeSet<>(classes).size() == classes.size();
    VillageBrand.Builder builder =
        batTrang().toBuilder().niceClasses(classes.toArray(Integer[]::new));
    if (valid) {
      assertThat(builder.build().niceClasses())
          .isSorted()
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(classes);
    } else {
      assertThatThrownBy(builder::build)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("niceClasses");
    }
  }
}
