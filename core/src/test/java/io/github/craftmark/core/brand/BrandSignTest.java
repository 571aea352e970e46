package io.github.craftmark.core.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import io.github.craftmark.core.testing.RandomInputs;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BrandSignTest {

  @Test
  void ofWords_keepsTheVietnameseWords() {
    BrandSign sign = BrandSign.ofWords(" Lụa Vạn Phúc ").withAsciiWords("Lua Van Phuc");
    assertThat(sign.words()).isEqualTo("Lụa Vạn Phúc");
    assertThat(sign.asciiWords()).contains("Lua Van Phuc");
    assertThat(sign.figurativeDescription()).isEmpty();
  }

  @Test
  void asciiWords_whenNotAscii_isRejected() {
    assertThatThrownBy(() -> BrandSign.ofWords("Lụa Vạn Phúc").withAsciiWords("Lụa Van Phuc"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("asciiWords must be printable ASCII: \"Lụa Van Phuc\"");
  }

  @Test
  void imageUri_whenRelative_isRejected() {
    assertThatThrownBy(() -> BrandSign.ofWords("Gốm Bát Tràng")
            .withFigurative("Bình gốm", URI.create("images/logo.png")))
        .hasMessage("imageUri must be an absolute URI: images/logo.png");
  }

  @Test
  void words_whenBlank_isRejected() {
    assertThatThrownBy(() -> BrandSign.ofWords(" ")).hasMessage("words must not be blank: \" \"");
  }

  @Test
  void json_figurativeSignMatchesGolden() {
    GoldenJson.assertMatchesGolden(
        BrandFixtures.batTrang().sign(), BrandSign.class, "brand/figurative-sign.json");
  }

  static java.util.stream.Stream<String> randomWords() {
    return RandomInputs.stringStream(7L, 200, 40);
  }

  @ParameterizedTest
  @MethodSource("randomWords")
  void ofWords_acceptsNonBlankTextAsNfc_orRejectsItNamingTheField(String text) {
    try {
      BrandSign sign = BrandSign.ofWords(text);
      assertThat(sign.words())
          .isEqualTo(java.text.Normalizer.normalize(sign.words(), java.text.Normalizer.Form.NFC))
          .isNotBlank()
          .isEqualTo(sign.words().strip());
    } catch (InvalidValueException e) {
      assertThat(e.field()).isEqualTo("words");
    }
  }
}
