package io.github.craftmark.provenance.internal.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Crockford32Test {

  @Test
  void encode_writesCrockfordsAlphabetMostSignificantBitsFirst() {
    // "Hello" is 91JPRV3F in Crockford's base 32, a value published with the alphabet.
    assertThat(Crockford32.encode("Hello".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("91JPRV3F");
    assertThat(Crockford32.encode(new byte[] {(byte) 0xFF})).isEqualTo("ZW");
    assertThat(Crockford32.encode(new byte[10])).isEqualTo("0000000000000000");
  }

  @Test
  void decode_acceptsLowerCaseLookAlikesAndHyphens() {
    assertThat(Crockford32.decode("9ljprv3f"))
        .isEqualTo("Hello".getBytes(StandardCharsets.US_ASCII));
    assertThat(Crockford32.decode("91JP-RV3F")).isEqualTo(Crockford32.decode("91JPRV3F"));
    assertThat(Crockford32.decode("Oo")).isEqualTo(new byte[] {0});
    assertThat(Crockford32.decode("iIlG")).isEqualTo(Crockford32.decode("111G"));
  }

  @Test
  void decode_whenSymbolNotInAlphabet_namesItsIndex() {
    assertThatThrownBy(() -> Crockford32.decode("91JPUV3F"))
        .isInstanceOf(TagDecodingException.class)
        .hasMessage("expected a Crockford base 32 symbol, found 'U'")
        .extracting(e -> ((TagDecodingException) e).index())
        .isEqualTo(4);
    assertThatThrownBy(() -> Crockford32.decode("Ä0"))
        .hasMessage("expected a Crockford base 32 symbol, found 'Ä'");
  }

  @Test
  void decode_whenSymbolCountFitsNoByteCount_isRefused() {
    assertThatThrownBy(() -> Crockford32.decode("ZZZ"))
        .hasMessage("expected a symbol count that encodes whole bytes, found 3");
  }

  @Test
  void decode_whenPaddingBitsAreNotZero_isRefused() {
    assertThat(Crockford32.decode("ZW")).isEqualTo(new byte[] {(byte) 0xFF});
    assertThatThrownBy(() -> Crockford32.decode("ZZ"))
        .hasMessage("expected zero padding bits in the last symbol");
  }

  static Stream<byte[]> randomBytes() {
    Random random = new Random(32);
    return IntStream.range(0, 200).mapToObj(i -> {
      byte[] bytes = new byte[random.nextInt(20)];
      random.nextBytes(bytes);
      return bytes;
    });
  }

  @ParameterizedTest
  @MethodSource("randomBytes")
  void decode_readsBackWhatEncodeWrote(byte[] bytes) {
    String text = Crockford32.encode(bytes);
    assertThat(text)
        .hasSize(Crockford32.encodedLength(bytes.length))
        .matches("[0-9A-HJKMNP-TV-Z]*");
    assertThat(Crockford32.decode(text)).isEqualTo(bytes);
  }

  static Stream<String> randomTexts() {
    Random random = new Random(3232);
    String symbols = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz-_ ÄĐ\u0000";
    return IntStream.range(0, 500).mapToObj(i -> {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(30);
      for (int k = 0; k < length; k++) {
        sb.append(symbols.charAt(random.nextInt(symbols.length())));
      }
      return sb.toString();
    });
  }

  @ParameterizedTest
  @MethodSource("randomTexts")
  void decode_ofRandomText_eitherReadsACanonicalValueOrFailsCleanly(String text) {
    try {
      byte[] bytes = Crockford32.decode(text);
      assertThat(Crockford32.decode(Crockford32.encode(bytes))).isEqualTo(bytes);
    } catch (TagDecodingException e) {
      assertThat(e.getMessage()).startsWith("expected ");
    }
  }
}
