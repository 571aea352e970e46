package io.github.craftmark.provenance.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.core.address.Province;
import io.github.craftmark.core.address.Provinces;
import org.junit.jupiter.api.Test;

class ProvinceCentroidsTest {

  @Test
  void all_coversExactlyTheStandardUnits_inCodeOrder() {
    assertThat(ProvinceCentroids.all().keySet())
        .containsExactlyElementsOf(
            Provinces.standard().all().stream().map(Province::code).toList());
    assertThat(ProvinceCentroids.all()).hasSize(34);
  }

  @Test
  void everyCentre_liesInVietNamsBoundingBox_withAPlausibleReach() {
    assertThat(ProvinceCentroids.all().values()).allSatisfy(point -> {
      assertThat(point.latitude()).isBetween(8.5, 23.4);
      assertThat(point.longitude()).isBetween(102.1, 109.5);
      assertThat(point.radiusKm()).isBetween(40.0, 200.0);
    });
  }

  @Test
  void knownCities_lieWithinTheReachOfTheirUnit() {
    assertReaches("01", 21.0285, 105.8542); // Hoàn Kiếm, Hà Nội
    assertReaches("79", 10.7725, 106.6980); // Bến Thành, Thành phố Hồ Chí Minh
    assertReaches("79", 10.3460, 107.0843); // Vũng Tàu, now in Thành phố Hồ Chí Minh
    assertReaches("48", 16.0544, 108.2022); // Đà Nẵng
    assertReaches("46", 16.4637, 107.5909); // Huế
    assertReaches("37", 20.4200, 106.1683); // Nam Định, now in Tỉnh Ninh Bình
    assertReaches("96", 9.1769, 105.1524); // Cà Mau
  }

  private static void assertReaches(String code, double latitude, double longitude) {
    GeoPoint centre = ProvinceCentroids.of(code).orElseThrow();
    assertThat(centre.distanceKm(new GeoPoint(latitude, longitude, 0)))
        .as("distance from the centre of %s", code)
        .isLessThan(centre.radiusKm());
  }

  @Test
  void of_unknownCode_isEmpty() {
    assertThat(ProvinceCentroids.of("99")).isEmpty();
  }
}
