package io.github.craftmark.core.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.address.Address;
import io.github.craftmark.core.address.Commune;
import io.github.craftmark.core.address.Provinces;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.TaxCode;
import io.github.craftmark.core.json.GoldenJson;
import io.github.craftmark.core.product.CraftCategory;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProducerTest {
  private static final Address BAT_TRANG = Address.builder()
      .streetLine("Xóm 5, thôn Giang Cao")
      .commune(Commune.parse("Xã Bát Tràng"))
      .province(Provinces.standard().get("Hà Nội"))
      .legacyDistrict("Huyện Gia Lâm")
      .legacyCommune("Xã Bát Tràng")
      .build();

  static Producer household() {
    return Producer.builder()
        .id(ProducerId.of("hh-bat-trang-001"))
        .type(ProducerType.HOUSEHOLD_BUSINESS)
        .legalName("Hộ kinh doanh Gốm Thanh Hà")
        .tradingName("Gốm Thanh Hà Bát Tràng")
        .taxCode(TaxCode.of("001085012345"))
        .address(BAT_TRANG)
        .contact(
            Contact.of("0912 345 678", "gomthanhha@Example.VN", "https://gomthanhha.example.vn"))
        .addEcommerceReference(new EcommerceReference(
            EcommerceFilingKind.NOTIFICATION,
            "20240815-0001",
            LocalDate.of(2024, 8, 15),
            URI.create("https://gomthanhha.example.vn")))
        .vneidIdentification(new VneidIdentification(LocalDate.of(2026, 7, 2), Optional.empty()))
        .addArtisan(new Artisan(
            "Nguyễn Thị Thanh Hà",
            Optional.of(1968),
            List.of(new ArtisanAward(
                ArtisanTitle.MERITORIOUS_ARTISAN,
                TitleScheme.HANDICRAFT_DECREE_43_2024,
                "123/QĐ-CTN",
                LocalDate.of(2025, 2, 10),
                "Chủ tịch nước",
                Optional.of(CraftCategory.CERAMICS)))))
        .addArtisan(Artisan.of("Nguyễn Văn Minh"))
        .build();
  }

  @Test
  void json_matchesGolden() {
    GoldenJson.assertMatchesGolden(
        household(), Producer.class, "producer/household-bat-trang.json");
  }

  @Test
  void json_enterpriseWithOnlyRequiredFields_matchesGolden() {
    Producer enterprise = Producer.builder()
        .id(ProducerId.of("dn-gom-xanh"))
        .type(ProducerType.ENTERPRISE)
        .legalName("Công ty TNHH Gốm sứ Bát Tràng Xanh")
        .taxCode(TaxCode.of("0107654326"))
        .address(BAT_TRANG)
        .build();
    GoldenJson.assertMatchesGolden(enterprise, Producer.class, "producer/enterprise-minimal.json");
  }

  @Test
  void isHouseholdOrIndividual_isTrueOnlyForHouseholdsAndIndividuals() {
    assertThat(household().isHouseholdOrIndividual()).isTrue();
    assertThat(ProducerType.INDIVIDUAL_ARTISAN.isHouseholdOrIndividual()).isTrue();
    assertThat(ProducerType.COOPERATIVE.isHouseholdOrIndividual()).isFalse();
    assertThat(ProducerType.COOPERATIVE_GROUP.isHouseholdOrIndividual()).isFalse();
    assertThat(ProducerType.ENTERPRISE.isHouseholdOrIndividual()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(names = {"ENTERPRISE", "COOPERATIVE"})
  void build_whenTaxCodeMissingForEnterpriseOrCooperative_isRejected(ProducerType type) {
    assertThatThrownBy(() -> household().toBuilder().type(type).taxCode(null).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("taxCode is required for producer type " + type + ": null");
  }

  @Test
  void build_whenEnterpriseUsesAPersonalId_isRejected() {
    assertThatThrownBy(
            () -> household().toBuilder().type(ProducerType.COOPERATIVE).build())
        .hasMessage(
            "taxCode must be an organisation's tax code for producer type COOPERATIVE: \"001085012345\"");
  }

  @Test
  void build_householdAndGroupMayHaveNoTaxCode() {
    assertThat(household().toBuilder().taxCode(null).build().taxCode()).isEmpty();
    assertThat(household().toBuilder()
            .type(ProducerType.COOPERATIVE_GROUP)
            .taxCode(null)
            .build())
        .isNotNull();
  }

  @Test
  void build_whenNameMissing_isRejectedNamingTheField() {
    assertThatThrownBy(() -> household().toBuilder().legalName(" ").build())
        .hasMessage("legalName must not be blank: \" \"");
  }

  @Test
  void displayName_prefersTheTradingName() {
    assertThat(household().displayName()).isEqualTo("Gốm Thanh Hà Bát Tràng");
    assertThat(household().toBuilder().tradingName(null).build().displayName())
        .isEqualTo("Hộ kinh doanh Gốm Thanh Hà");
  }

  @Test
  void artisans_holdTitles() {
    Artisan artisan = household().artisans().get(0);
    assertThat(artisan.holds(ArtisanTitle.MERITORIOUS_ARTISAN)).isTrue();
    assertThat(artisan.holds(ArtisanTitle.PEOPLES_ARTISAN)).isFalse();
    assertThat(ArtisanTitle.PEOPLES_ARTISAN.nameVi()).isEqualTo("Nghệ nhân nhân dân");
  }

  @Test
  void json_whenTaxCodeMissingForEnterprise_failsWithTheSdkMessage() {
    String json = GoldenJson.write(household())
        .replace("\"HOUSEHOLD_BUSINESS\"", "\"ENTERPRISE\"")
        .replace("  \"taxCode\" : \"001085012345\",\n", "");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(json, Producer.class))
        .hasMessageContaining("taxCode is required for producer type ENTERPRISE");
  }
}
