package io.github.craftmark.provenance.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

  @Test
  void distanceKm_oneDegreeOfLatitude_isPiOver180EarthRadii() {
    assertThat(new GeoPoint(10, 106, 0).distanceKm(new GeoPoint(11, 106, 0)))
        .isCloseTo(111.19508, within(0.00001));
  }

  @Test
  void distanceKm_hoanKiemToBenThanh() {
    GeoPoint hoanKiem = new GeoPoint(21.0285, 105.8542, 0);
    GeoPoint benThanh = new GeoPoint(10.7725, 106.6980, 0);

    assertThat(hoanKiem.distanceKm(benThanh)).isCloseTo(1143.969, within(0.001));
    assertThat(benThanh.distanceKm(hoanKiem)).isEqualTo(hoanKiem.distanceKm(benThanh));
    assertThat(hoanKiem.distanceKm(hoanKiem)).isZero();
  }

  @Test
  void distanceKm_antipodes_isHalfTheCircumference() {
    assertThat(new GeoPoint(0, 0, 0).distanceKm(new GeoPoint(0, 180, 0)))
        .isCloseTo(Math.PI * GeoPoint.EARTH_RADIUS_KM, within(1e-6));
  }

  @Test
  void separationKm_subtractsBothRadii_neverBelowZero() {
    GeoPoint a = new GeoPoint(10, 106, 30);
    GeoPoint b = new GeoPoint(11, 106, 50);

    assertThat(a.separationKm(b)).isCloseTo(31.19508, within(0.00001));
    assertThat(a.separationKm(new GeoPoint(10.1, 106, 50))).isZero();
  }
}
