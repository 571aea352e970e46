package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.json.GoldenJson;
import org.junit.jupiter.api.Test;

class StarBandTest {

  @Test
  void contains_isInclusiveAtBothEnds() {
    StarBand band = StarBand.of(4, 70, 89);
    assertThat(band.contains(69)).isFalse();
    assertThat(band.contains(70)).isTrue();
    assertThat(band.contains(89)).isTrue();
    assertThat(band.contains(90)).isFalse();
  }

  @Test
  void of_whenOutOfRange_isRejected() {
    assertThatThrownBy(() -> StarBand.of(6, 0, 10)).hasMessage("stars must be 1..5: 6");
    assertThatThrownBy(() -> StarBand.of(3, 60, 50)).hasMessage("maxTotal must be 60..100: 50");
    assertThatThrownBy(() -> StarBand.of(3, -1, 50)).hasMessage("minTotal must be 0..100: -1");
  }

  @Test
  void json_writesStarsAndBounds() {
    GoldenJson.assertMatchesGolden(StarBand.of(5, 90, 100), StarBand.class, "ocop/star-band.json");
  }
}
