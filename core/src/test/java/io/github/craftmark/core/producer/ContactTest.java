package io.github.craftmark.core.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    "(024) 3874 1234, +842438741234"
  })
  void toE164_normalisesVietnameseFormats(String input, String expected) {
    assertThat(Contact.toE164(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"091234567", "09123456789", "0112345678", "1900 1234", "+1 415 555 0100"})
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
}
