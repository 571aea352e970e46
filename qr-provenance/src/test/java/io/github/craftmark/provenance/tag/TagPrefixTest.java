package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TagPrefixTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HTTPS://BATTRANG.VN/T/",
        "HTTPS://VANPHUC-SILK.COM.VN/XAC-THUC/V1/",
        "HTTPS://LOCALHOST:8443/T/",
        "HTTPS://X/1/",
        "HTTPS://BATTRANG.VN/V1.0/-T-/"
      })
  void of_acceptsUpperCaseHttpsAddressesEndingInASlash(String value) {
    TagPrefix prefix = TagPrefix.of(value);
    assertThat(prefix.value()).isEqualTo(value);
    assertThat(prefix).hasToString(value).isEqualTo(TagPrefix.of(value));
    assertThat(prefix.length()).isEqualTo(value.length());
  }

  @Test
  void host_includesThePort() {
    assertThat(TagPrefix.of("HTTPS://BATTRANG.VN/T/").host()).isEqualTo("BATTRANG.VN");
    assertThat(TagPrefix.of("HTTPS://LOCALHOST:8443/T/").host()).isEqualTo("LOCALHOST:8443");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://battrang.vn/T/|must start with HTTPS://",
        "HTTP://BATTRANG.VN/T/|must start with HTTPS://",
        "HTTPS://|must end with /",
        "HTTPS://BATTRANG.VN/T|must end with /",
        "HTTPS://BATTRANG.VN/|must have a path of at least one segment after the host",
        "HTTPS:///T/|must have a host of A-Z, 0-9 and - labels separated by dots",
        "HTTPS://BAT_TRANG.VN/T/|must have a host of A-Z, 0-9 and - labels separated by dots",
        "HTTPS://BATTRANG..VN/T/|must have a host of A-Z, 0-9 and - labels separated by dots",
        "HTTPS://-BATTRANG.VN/T/|must have a host of A-Z, 0-9 and - labels separated by dots",
        "HTTPS://BATTRANG.VN:0/T/|must have a port of 1..65535 after ':'",
        "HTTPS://BATTRANG.VN:65536/T/|must have a port of 1..65535 after ':'",
        "HTTPS://BATTRANG.VN:/T/|must have a port of 1..65535 after ':'",
        "HTTPS://BATTRANG.VN/T//|must have path segments of A-Z, 0-9, - and . (not . or ..)",
        "HTTPS://BATTRANG.VN/T?/|must have path segments of A-Z, 0-9, - and . (not . or ..)",
        "HTTPS://BATTRANG.VN/../|must have path segments of A-Z, 0-9, - and . (not . or ..)",
        "HTTPS://BATTRANG.VN/T/./|must have path segments of A-Z, 0-9, - and . (not . or ..)",
        "HTTPS://BATTRANG.VN/T%20/|must have path segments of A-Z, 0-9, - and . (not . or ..)"
      })
  void of_whenNotAPrefix_isRejectedSayingWhy(String value, String problem) {
    assertThatThrownBy(() -> TagPrefix.of(value))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("prefix " + problem + ": \"" + value + "\"");
  }

  @Test
  void of_whenLongerThan64_isRejected() {
    String value = "HTTPS://" + "A".repeat(51) + ".VN/T/";
    assertThat(TagPrefix.of("HTTPS://" + "A".repeat(50) + "/T/").length()).isEqualTo(61);
    assertThatThrownBy(() -> TagPrefix.of(value))
        .hasMessage("prefix must be at most 64 characters: \"" + value + "\"");
    assertThatThrownBy(() -> TagPrefix.of(null)).hasMessage("prefix must not be null: null");
  }

  @Test
  void parse_acceptsAnyLetterCase() {
    assertThat(TagPrefix.parse("https://battrang.vn/t/"))
        .isEqualTo(TagPrefix.of("HTTPS://BATTRANG.VN/T/"));
    assertThatThrownBy(() -> TagPrefix.parse("ftp://battrang.vn/t/"))
        .hasMessage("prefix must start with HTTPS://: \"FTP://BATTRANG.VN/T/\"");
    assertThatThrownBy(() -> TagPrefix.parse(null)).hasMessage("prefix must not be null: null");
  }

  static Stream<String> randomTexts() {
    Random random = new Random(64);
    String symbols = "HTPS:/.-ABV09_?ß ";
    return IntStream.range(0, 500).mapToObj(i -> {
      StringBuilder sb = new StringBuilder(i % 2 == 0 ? "HTTPS://" : "");
      int length = random.nextInt(30);
      for (int k = 0; k < length; k++) {
        sb.append(symbols.charAt(random.nextInt(symbols.length())));
      }
      return sb.toString();
    });
  }

  @ParameterizedTest
  @MethodSource("randomTexts")
  void of_ofRandomText_acceptsOnlyTheGrammar(String text) {
    boolean grammar =
        text.matches("HTTPS://[A-Z0-9]([A-Z0-9-]*[A-Z0-9])?(\\.[A-Z0-9]([A-Z0-9-]*[A-Z0-9])?)*"
            + "(:[1-9][0-9]{0,4})?(/(?!\\.\\.?/)[A-Z0-9.-]+)+/");
    boolean port = !text.matches(".*:[0-9]{5}/.*") || Integer.parseInt(portOf(text)) <= 65535;
    if (grammar && port && text.length() <= TagPrefix.MAX_LENGTH) {
      assertThat(TagPrefix.of(text).value()).isEqualTo(text);
    } else {
      assertThatThrownBy(() -> TagPrefix.of(text)).isInstanceOf(InvalidValueException.class);
    }
  }

  private static String portOf(String text) {
    int colon = text.indexOf(':', "HTTPS:".length());
    return text.substring(colon + 1, text.indexOf('/', colon));
  }
}
