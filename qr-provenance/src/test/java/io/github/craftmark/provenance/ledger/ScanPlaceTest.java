package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.address.Provinces;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScanPlaceTest {

  @Test
  void province_keyIsPAndTheCode() {
    assertThat(ScanPlace.province("01").key()).isEqualTo("p:01");
    assertThat(ScanPlace.of(Provinces.standard().get("Hồ Chí Minh")))
        .isEqualTo(new ScanPlace.InProvince("79"));
    assertThat(ScanPlace.province("01").isKnown()).isTrue();
  }

  @Test
  void geohash_roundsToFiveCharacters_lowerCase() {
    assertThat(ScanPlace.geohash(" W7ER8G5Q2Z ")).isEqualTo(new ScanPlace.InCell("w7er8"));
    assertThat(ScanPlace.geohash("w7e")).isEqualTo(new ScanPlace.InCell("w7e"));
    assertThat(ScanPlace.geohash("w7er8g5q", 3).key()).isEqualTo("g:w7e");
  }

  @Test
  void unknown_isNotKnown_andItsKeyIsU() {
    assertThat(ScanPlace.unknown().isKnown()).isFalse();
    assertThat(ScanPlace.unknown().key()).isEqualTo("u");
    assertThat(ScanPlace.unknown()).hasToString("unknown").isSameAs(ScanPlace.unknown());
  }

  static Stream<ScanPlace> places() {
    return Stream.of(
        ScanPlace.province("92"),
        ScanPlace.geohash("w3gv2"),
        ScanPlace.geohash("w", 1),
        ScanPlace.unknown());
  }

  @ParameterizedTest
  @MethodSource("places")
  void fromKey_readsBackEveryKey(ScanPlace place) {
    assertThat(ScanPlace.fromKey(place.key())).isEqualTo(place);
    assertThat(place.key().length()).isLessThanOrEqualTo(ScanPlace.MAX_KEY_LENGTH);
  }

  @Test
  void invalidPlaces_areRejectedNamingTheField() {
    assertThatThrownBy(() -> ScanPlace.province("1"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("province must be 2 digits: \"1\"");
    assertThatThrownBy(() -> ScanPlace.geohash("w7a"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("geohash must be 1..12 characters of the geohash alphabet: \"w7a\"");
    assertThatThrownBy(() -> ScanPlace.geohash("w7er8g5q2zb00"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("geohash must be 1..12 characters of the geohash alphabet: \"w7er8g5q2zb00\"");
    assertThatThrownBy(() -> ScanPlace.geohash("w7e", 6))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("precision must be 1..5: 6");
    assertThatThrownBy(() -> new ScanPlace.InCell("w7er8g"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "geohash must be 1..5 lower-case characters of the geohash alphabet: \"w7er8g\"");
    assertThatThrownBy(() -> ScanPlace.fromKey("x:01"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("place must start with p: or g:, or be u: \"x:01\"");
    assertThatThrownBy(() -> ScanPlace.fromKey("g:w7er8g"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("place must have a cell of 1..5 characters: \"g:w7er8g\"");
    assertThatThrownBy(() -> ScanPlace.of(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("province must not be null: null");
  }

  static Stream<Long> seeds() {
    return Stream.of(11L, 12L, 13L, 14L);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void fromKey_withRandomText_returnsAPlaceOrRejects(long seed) {
    Random random = new Random(seed);
    String alphabet = "pgu:0123456789bcdefghjkmnpqrstuvwxyzAIO-";
    for (int i = 0; i < 2000; i++) {
      StringBuilder key = new StringBuilder();
      int length = random.nextInt(9);
      for (int j = 0; j < length; j++) {
        key.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      try {
        ScanPlace place = ScanPlace.fromKey(key.toString());
        assertThat(place.key()).isEqualTo(key.toString());
      } catch (InvalidValueException expected) {
        assertThat(expected.field()).isIn("place", "province", "geohash");
      }
    }
  }
}
