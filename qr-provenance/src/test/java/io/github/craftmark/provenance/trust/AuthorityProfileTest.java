package io.github.craftmark.provenance.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.BrandId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorityProfileTest {
  private static final TrustedBrand GOM =
      new TrustedBrand(1, BrandId.of("gom-bat-trang"), "Gốm sứ Bát Tràng");
  private static final TrustedBrand MEN =
      new TrustedBrand(0, BrandId.of("men-ran"), "Men rạn Bát Tràng");

  @Test
  void constructor_sortsBrandsByCodeAndCopies() {
    List<TrustedBrand> brands = new ArrayList<>(List.of(GOM, MEN));

    AuthorityProfile profile = AuthorityProfile.of(
        "battrang-association", "Hiệp hội Gốm sứ Bát Tràng", "HTTPS://BATTRANG.VN/T/", brands);
    brands.clear();

    assertThat(profile.brands()).containsExactly(MEN, GOM);
    assertThat(profile.verifyPrefixes()).containsExactly("HTTPS://BATTRANG.VN/T/");
    assertThat(profile.brand(1)).contains(GOM);
    assertThat(profile.brand(2)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HTTPS://BATTRANG.VN/T/",
        "HTTPS://A.B/C/D/",
        "HTTPS://VERIFY-1.BATTRANG.VN:8443/TAG.V1/",
        "HTTPS://X/Y/"
      })
  void constructor_acceptsValidPrefixes(String prefix) {
    assertThat(AuthorityProfile.of("a", "A", prefix, List.of()).verifyPrefixes())
        .containsExactly(prefix);
  }

  /** The rule is {@code TagPrefix}'s (tested there in full); a profile names the bad entry. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://battrang.vn/t/|must start with HTTPS://",
        "HTTPS://BATTRANG.VN/T|must end with /",
        "HTTPS://BATTRANG.VN/|must have a path of at least one segment after the host",
        "HTTPS://BATTRANG..VN/T/|must have a host of A-Z, 0-9 and - labels separated by dots",
        "HTTPS://BATTRANG.VN:08/T/|must have a port of 1..65535 after ':'",
        "HTTPS://BATTRANG.VN/../|must have path segments of A-Z, 0-9, - and . (not . or ..)",
        "HTTPS://BATTRANG.VN/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/|must be at"
            + " most 64 characters"
      })
  void constructor_whenPrefixInvalid_failsSayingWhy(String prefix, String problem) {
    assertThatThrownBy(() -> AuthorityProfile.of("a", "A", prefix, List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("verifyPrefixes[0] " + problem + ": \"" + prefix + "\"");
  }

  @Test
  void constructor_whenPrefixesEmptyTooManyOrRepeated_fails() {
    assertThatThrownBy(() -> new AuthorityProfile("a", "A", List.of(), List.of()))
        .hasMessage("verifyPrefixes must hold 1..8 prefixes: 0");
    List<String> nine =
        IntStream.range(0, 9).mapToObj(i -> "HTTPS://A" + i + "/T/").toList();
    assertThatThrownBy(() -> new AuthorityProfile("a", "A", nine, List.of()))
        .hasMessage("verifyPrefixes must hold 1..8 prefixes: 9");
    assertThatThrownBy(() ->
            new AuthorityProfile("a", "A", List.of("HTTPS://A/T/", "HTTPS://A/T/"), List.of()))
        .hasMessage("verifyPrefixes[1] must not repeat: \"HTTPS://A/T/\"");
  }

  @Test
  void constructor_whenBrandCodeRepeatsOrTooMany_fails() {
    TrustedBrand other = new TrustedBrand(1, BrandId.of("other"), "Other");
    assertThatThrownBy(() -> AuthorityProfile.of("a", "A", "HTTPS://A/T/", List.of(GOM, other)))
        .hasMessage("brands[1].code must not repeat: 1");
    List<TrustedBrand> many = IntStream.range(0, 1025)
        .mapToObj(i -> new TrustedBrand(i, BrandId.of("b" + i), "B"))
        .toList();
    assertThatThrownBy(() -> AuthorityProfile.of("a", "A", "HTTPS://A/T/", many))
        .hasMessage("brands must hold at most 1024 entries: 1025");
    assertThatThrownBy(
            () -> AuthorityProfile.of("a", "A", "HTTPS://A/T/", Collections.singletonList(null)))
        .hasMessage("brands[0] must not be null: null");
  }

  @Test
  void constructor_whenIdOrNameInvalid_fails() {
    assertThatThrownBy(() -> AuthorityProfile.of("bát-tràng", "A", "HTTPS://A/T/", List.of()))
        .hasMessage("id must use only ASCII letters, digits, '.', '_', ':' and '-': \"bát-tràng\"");
    assertThatThrownBy(() -> AuthorityProfile.of("", "A", "HTTPS://A/T/", List.of()))
        .hasMessage("id must be 1..64 characters: \"\"");
    assertThatThrownBy(() -> AuthorityProfile.of("a", null, "HTTPS://A/T/", List.of()))
        .hasMessage("name must not be null: null");
  }
}
