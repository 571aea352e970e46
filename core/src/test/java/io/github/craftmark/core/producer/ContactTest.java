package io.github.craftmark.core.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.testing.RandomInputs;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {

  @ParameterizedTest
  @CsvSource({
    "0912 345 678, +84912345678",
    "091.234.5678, +84912345678",
    "+84 912 345 678, +84912345678",
    "84912345678, +84912345678",
    "0084912345678, +84912345678",
    "0368-123-456, +84368123456",
    "(024) 3874 1234, +842438741234",
    "+84 (0)24 3874 1234, +842438741234",
    "+84 0912 345 678, +84912345678",
    "840912345678, +84912345678",
    "0084 0912 345 678, +84912345678",
    "'\u00a00912\u00a0345\u00a0678 ', +84912345678",
    "+84912345678, +84912345678"
  })
  void toE164_normalisesVietnameseFormats(String input, String expected) {
    assertThat(Contact.toE164(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "091234567",
        "09123456789",
        "0112345678",
        "1900 1234",
        "+1 415 555 0100",
        "+84 00912345678",
        "+840",
        "０９１２３４５６７８"
      })
  void toE164_whenNotAVietnameseNumber_isRejected(String input) {
    assertThatThrownBy(() -> Contact.toE164(input)).hasMessageStartingWith("phone must");
  }

  @Test
  void of_normalisesEmailDomainAndKeepsLocalPart() {
    Contact contact = Contact.of(null, "Lua.VanPhuc@Example.VN", null);
    assertThat(contact.email()).contains("Lua.VanPhuc@example.vn");
    assertThat(contact.phone()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-at-sign", "a@b", "a@@b.vn", "a b@c.vn", "@c.vn"})
  void of_whenEmailMalformed_isRejected(String email) {
    assertThatThrownBy(() -> Contact.of(null, email, null))
        .hasMessage("email must look like name@example.vn: \"" + email + "\"");
  }

  @Test
  void of_whenWebsiteNotHttp_isRejected() {
    assertThatThrownBy(() -> Contact.of(null, null, "ftp://example.vn"))
        .hasMessage("website must be an absolute http or https URI: ftp://example.vn");
    assertThatThrownBy(() -> Contact.of(null, null, "gom bat trang"))
        .hasMessage("website must be a valid URI: \"gom bat trang\"");
    assertThat(Contact.of(null, null, "https://batrang.vn").website())
        .contains(URI.create("https://batrang.vn"));
  }

  @Test
  void none_hasNoParts() {
    assertThat(Contact.none()).isEqualTo(Contact.of(" ", null, ""));
  }

  static Stream<String> randomPhones() {
    java.util.Random random = new java.util.Random(84L);
    String[] prefixes = {"0", "+84", "84", "0084", "", "+1"};
    return java.util.stream.IntStream.range(0, 300).mapToObj(i -> {
      StringBuilder sb = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
      int digits = 7 + random.nextInt(6);
      for (int j = 0; j < digits; j++) {
        sb.append((char) ('0' + random.nextInt(10)));
        if (random.nextInt(5) == 0) {
          sb.append(" .-".charAt(random.nextInt(3)));
        }
      }
      return sb.toString();
    });
  }

  @ParameterizedTest
  @MethodSource("randomPhones")
  void toE164_givesAValidVietnameseNumberOrRejects(String phone) {
    try {
      String e164 = Contact.toE164(phone);
      assertThat(e164).matches("\\+84([35789][0-9]{8}|2[0-9]{9})");
      assertThat(Contact.toE164(e164)).isEqualTo(e164);
    } catch (InvalidValueException e) {
      assertThat(e.field()).isEqualTo("phone");
    }
  }

  static Stream<String> randomTexts() {
    return RandomInputs.stringStream(254L, 200, 40);
  }

  @ParameterizedTest
  @MethodSource("randomTexts")
  void of_emailNeverAcceptsWhiteSpaceInside(String text) {
    try {
      Contact.of(null, text, null).email().ifPresent(email -> assertThat(email)
          .doesNotContainPattern("\\s"));
    } catch (InvalidValueException e) {
      assertThat(e.field()).isEqualTo("email");
    }
  }
}
