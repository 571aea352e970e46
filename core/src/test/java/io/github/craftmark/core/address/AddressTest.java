package io.github.craftmark.core.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.json.GoldenJson;
import org.junit.jupiter.api.Test;

class AddressTest {
  private static final Province HA_NOI = Provinces.standard().get("Hà Nội");

  static Address batTrang() {
    return Address.builder()
        .streetLine("Thôn 3")
        .commune(Commune.parse("Xã Bát Tràng"))
        .province(HA_NOI)
        .legacyDistrict("Huyện Gia Lâm")
        .legacyCommune("Xã Bát Tràng")
        .build();
  }

  @Test
  void formatOneLine_usesVietnameseOrder() {
    assertThat(batTrang().formatOneLine()).isEqualTo("Thôn 3, Xã Bát Tràng, Thành phố Hà Nội");
    assertThat(Address.of(Commune.parse("Phường Hà Đông"), HA_NOI).formatOneLine())
        .isEqualTo("Phường Hà Đông, Thành phố Hà Nội");
  }

  @Test
  void build_whenCommuneMissing_isRejected() {
    assertThatThrownBy(() -> Address.builder().province(HA_NOI).build())
        .hasMessage("commune must not be null: null");
  }

  @Test
  void build_whenPostalCodeNotFiveDigits_isRejected() {
    assertThatThrownBy(() -> batTrang().toBuilder().postalCode("1240x").build())
        .hasMessage("postalCode must be 5 digits: \"1240x\"");
    assertThatThrownBy(() -> batTrang().toBuilder().postalCode("123456").build())
        .hasMessage("postalCode must be at most 5 characters: \"123456\"");
    assertThat(batTrang().toBuilder().postalCode(" 10000 ").build().postalCode())
        .contains("10000");
  }

  @Test
  void build_blankOptionalTextBecomesEmpty() {
    Address address = batTrang().toBuilder().streetLine("  ").build();
    assertThat(address.streetLine()).isEmpty();
  }

  @Test
  void toBuilder_roundTrips() {
    assertThat(batTrang().toBuilder().build()).isEqualTo(batTrang());
  }

  @Test
  void json_writesProvinceByCodeAndCommuneAsFullName() {
    GoldenJson.assertMatchesGolden(batTrang(), Address.class, "address/bat-trang.json");
  }

  @Test
  void json_readsProvinceByNameOrFormerName() throws Exception {
    Address read = GoldenJson.MAPPER.readValue(
        "{\"commune\":\"Phường Hà Đông\",\"province\":\"Thành phố Hà Nội\"}", Address.class);
    assertThat(read.province()).isEqualTo(HA_NOI);
    Address former = GoldenJson.MAPPER.readValue(
        "{\"commune\":\"Xã Nam Dương\",\"province\":\"Tỉnh Nam Định\"}", Address.class);
    assertThat(former.province().code()).isEqualTo("37");
  }

  @Test
  void json_whenProvinceUnknown_failsWithTheSdkMessage() {
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(
            "{\"commune\":\"Xã Bát Tràng\",\"province\":\"99\"}", Address.class))
        .hasMessageContaining("province must be a known province code or name: \"99\"");
  }
}
