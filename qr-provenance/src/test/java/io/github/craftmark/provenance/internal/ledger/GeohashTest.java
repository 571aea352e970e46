package io.github.craftmark.provenance.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeohashTest {

  /** Centres published with the geohash examples of dCode, Wikipedia and Algorithmia. */
  @ParameterizedTest
  @CsvSource({
    "dc0de, 6.08642578125, -55.39306640625",
    "ezs42, 42.60498046875, -5.60302734375",
    "c23nb1pt9try, 47.59923999197781, -122.33337538316846"
  })
  void decode_givesTheCellCentre(String geohash, double latitude, double longitude) {
    GeoPoint point = Geohash.decode(geohash);

    assertThat(point.latitude()).isCloseTo(latitude, within(1e-12));
    assertThat(point.longitude()).isCloseTo(longitude, within(1e-12));
  }

  @Test
  void decode_radiusIsHalfTheCellDiagonal() {
    assertThat(Geohash.decode("w7er8").radiusKm()).isCloseTo(3.342, within(0.001));
    assertThat(Geohash.decode("c23nb1pt9try").radiusKm()).isLessThan(0.0001);
    assertThat(Geohash.decode("w").radiusKm()).isGreaterThan(2000);
  }

  @Test
  void decode_hoanKiemCell_isInCentralHaNoi() {
    GeoPoint hoanKiem = new GeoPoint(21.0285, 105.8542, 0);

    assertThat(Geohash.decode("w7er8").distanceKm(hoanKiem)).isLessThan(3.5);
  }

  @Test
  void decode_whenNotInTheAlphabet_fails() {
    assertThatThrownBy(() -> Geohash.decode("w7ea"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a geohash character at index 3");
  }
}
