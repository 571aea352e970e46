package io.github.craftmark.core.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.address.Commune;
import io.github.craftmark.core.address.Province;
import io.github.craftmark.core.address.Provinces;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.VillageId;
import io.github.craftmark.core.json.GoldenJson;
import io.github.craftmark.core.product.CraftCategory;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CraftVillageTest {
  private static final Province HA_NOI = Provinces.standard().get("Hà Nội");

  static CraftVillage batTrang() {
    return CraftVillage.builder()
        .id(VillageId.of("bat-trang"))
        .name("Làng gốm Bát Tràng")
        .level(RecognitionLevel.TRADITIONAL_CRAFT_VILLAGE)
        .province(HA_NOI)
        .commune(Commune.parse("Xã Bát Tràng"))
        .legacyLocation("Xã Bát Tràng, Huyện Gia Lâm")
        .addRecognisedCraft(new RecognisedCraft(
            CraftCategory.CERAMICS,
            "Nghề gốm sứ",
            true,
            Optional.empty(),
            Optional.empty(),
            HA_NOI))
        .addMember(ProducerId.of("hh-bat-trang-001"))
        .addMember(ProducerId.of("dn-gom-xanh"))
        .build();
  }

  static CraftVillage vanPhuc() {
    return CraftVillage.builder()
        .id(VillageId.of("van-phuc"))
        .name("Làng lụa Vạn Phúc")
        .level(RecognitionLevel.TRADITIONAL_CRAFT_VILLAGE)
        .province(HA_NOI)
        .commune(Commune.parse("Phường Hà Đông"))
        .legacyLocation("Phường Vạn Phúc, Quận Hà Đông")
        .addRecognisedCraft(new RecognisedCraft(
            CraftCategory.SILK,
            "Nghề dệt lụa tơ tằm",
            true,
            Optional.empty(),
            Optional.empty(),
            HA_NOI))
        .addMember(ProducerId.of("hh-van-phuc-017"))
        .build();
  }

  record Villages(List<CraftVillage> villages) {}

  @Test
  void json_matchesGoldenForBatTrangAndVanPhuc() {
    GoldenJson.assertMatchesGolden(
        new Villages(List.of(batTrang(), vanPhuc())),
        Villages.class,
        "village/bat-trang-van-phuc.json");
  }

  @Test
  void build_whenTraditionalVillageHasNoTraditionalCraft_isRejected() {
    RecognisedCraft notTraditional = new RecognisedCraft(
        CraftCategory.CERAMICS, "Nghề gốm", false, Optional.empty(), Optional.empty(), HA_NOI);
    CraftVillage.Builder builder = CraftVillage.builder()
        .id(VillageId.of("lang-moi"))
        .name("Làng gốm mới")
        .level(RecognitionLevel.TRADITIONAL_CRAFT_VILLAGE)
        .province(HA_NOI)
        .commune(Commune.parse("Xã Gia Lâm"))
        .addRecognisedCraft(notTraditional);
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("recognisedCrafts must include a recognised traditional craft for a"
            + " TRADITIONAL_CRAFT_VILLAGE (Decree 52/2018/NĐ-CP art. 5): \"Làng gốm mới\"");
    assertThat(builder.level(RecognitionLevel.CRAFT_VILLAGE).build().level())
        .isEqualTo(RecognitionLevel.CRAFT_VILLAGE);
  }

  @Test
  void build_whenNoCraft_isRejected() {
    assertThatThrownBy(() -> CraftVillage.builder()
            .id(VillageId.of("x"))
            .name("Làng X")
            .level(RecognitionLevel.CRAFT_VILLAGE)
            .province(HA_NOI)
            .commune(Commune.parse("Xã Bát Tràng"))
            .build())
        .hasMessage("recognisedCrafts must not be empty: []");
  }

  @Test
  void build_whenMemberListedTwice_isRejected() {
    assertThatThrownBy(
            () -> batTrang().toBuilder().addMember(ProducerId.of("dn-gom-xanh")).build())
        .hasMessage("members must not list a producer twice: \"dn-gom-xanh\"");
  }

  @Test
  void build_whenWebsiteIsNotAbsoluteHttp_isRejected() {
    assertThatThrownBy(
            () -> batTrang().toBuilder().website(URI.create("battrang.vn")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("website must be an absolute http or https URI: battrang.vn");
    assertThatThrownBy(() -> batTrang().toBuilder()
            .website(URI.create("mailto:info@battrang.vn"))
            .build())
        .hasMessage("website must be an absolute http or https URI: mailto:info@battrang.vn");
    CraftVillage withSite =
        batTrang().toBuilder().website(URI.create("https://battrang.vn")).build();
    assertThat(withSite.website()).contains(URI.create("https://battrang.vn"));
    assertThat(withSite.toBuilder().build()).isEqualTo(withSite);
  }

  @Test
  void isMember_andCrafts() {
    assertThat(batTrang().isMember(ProducerId.of("dn-gom-xanh"))).isTrue();
    assertThat(batTrang().isMember(ProducerId.of("hh-van-phuc-017"))).isFalse();
    CraftVillage twoCrafts = batTrang().toBuilder()
        .addRecognisedCraft(new RecognisedCraft(
            CraftCategory.CERAMICS,
            "Nghề vẽ gốm",
            false,
            Optional.empty(),
            Optional.empty(),
            HA_NOI))
        .build();
    assertThat(twoCrafts.crafts()).containsExactly(CraftCategory.CERAMICS);
  }

  @Test
  void json_whenTraditionalRuleBroken_failsWithTheSdkMessage() {
    String json =
        GoldenJson.write(vanPhuc()).replace("\"traditional\" : true", "\"traditional\" : false");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(json, CraftVillage.class))
        .hasMessageContaining("must include a recognised traditional craft");
  }
}
