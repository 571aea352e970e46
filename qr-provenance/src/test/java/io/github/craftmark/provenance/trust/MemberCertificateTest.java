package io.github.craftmark.provenance.trust;

import static io.github.craftmark.provenance.trust.TrustFixtures.FROM;
import static io.github.craftmark.provenance.trust.TrustFixtures.HOA_SEN_KEY;
import static io.github.craftmark.provenance.trust.TrustFixtures.MINH_LONG;
import static io.github.craftmark.provenance.trust.TrustFixtures.MINH_LONG_KEY;
import static io.github.craftmark.provenance.trust.TrustFixtures.UNTIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.trust.KeyIdOverride;
import io.github.craftmark.provenance.key.KeyId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MemberCertificateTest {
  private static MemberCertificate certificate(
      List<Integer> brands, List<String> categories, LocalDate from, LocalDate until) {
    return new MemberCertificate(
        MINH_LONG_KEY.publicKey(),
        MINH_LONG_KEY.keyId(),
        MINH_LONG,
        "battrang-association",
        brands,
        categories,
        from,
        until);
  }

  @Test
  void constructor_sortsBrandCodesAndCategories() {
    MemberCertificate member =
        certificate(List.of(7, 1, 300), List.of("silk", "ceramics"), FROM, UNTIL);

    assertThat(member.brandCodes()).containsExactly(1, 7, 300);
    assertThat(member.categories()).containsExactly("ceramics", "silk");
  }

  @Test
  void allowsBrand_isTrueOnlyForListedCodes() {
    MemberCertificate member = certificate(List.of(1, 7), List.of(), FROM, UNTIL);

    assertThat(member.allowsBrand(7)).isTrue();
    assertThat(member.allowsBrand(2)).isFalse();
  }

  @Test
  void allowsCategory_whenNoneListed_allowsAnyAndOtherwiseOnlyThose() {
    MemberCertificate any = certificate(List.of(1), List.of(), FROM, UNTIL);
    MemberCertificate ceramics = certificate(List.of(1), List.of("ceramics"), FROM, UNTIL);

    assertThat(any.allowsCategory("silk")).isTrue();
    assertThat(any.allowsCategory(null)).isTrue();
    assertThat(ceramics.allowsCategory("ceramics")).isTrue();
    assertThat(ceramics.allowsCategory("silk")).isFalse();
    assertThat(ceramics.allowsCategory(null)).isFalse();
  }

  @Test
  void isValidOn_includesBothEnds() {
    MemberCertificate member = certificate(List.of(1), List.of(), FROM, UNTIL);

    assertThat(member.isValidOn(FROM)).isTrue();
    assertThat(member.isValidOn(UNTIL)).isTrue();
    assertThat(member.isValidOn(FROM.minusDays(1))).isFalse();
    assertThat(member.isValidOn(UNTIL.plusDays(1))).isFalse();
  }

  @Test
  void constructor_whenKeyIdIsNotTheKeys_fails() {
    assertThatThrownBy(() -> new MemberCertificate(
            MINH_LONG_KEY.publicKey(),
            HOA_SEN_KEY.keyId(),
            MINH_LONG,
            "battrang-association",
            List.of(1),
            List.of(),
            FROM,
            UNTIL))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("keyId must be the member key's id " + MINH_LONG_KEY.keyId() + ": "
            + HOA_SEN_KEY.keyId());
  }

  @Test
  void constructor_insideTheCollisionHook_acceptsAnotherKeyId() {
    KeyId shared = MINH_LONG_KEY.keyId();

    MemberCertificate collided = KeyIdOverride.allowingMismatchedKeyIds(() -> new MemberCertificate(
        HOA_SEN_KEY.publicKey(),
        shared,
        MINH_LONG,
        "battrang-association",
        List.of(1),
        List.of(),
        FROM,
        UNTIL));

    assertThat(collided.keyId()).isEqualTo(shared);
    assertThat(KeyIdOverride.isActive()).isFalse();
  }

  @Test
  void constructor_whenBrandCodesEmptyTooManyRepeatedOrOutOfRange_fails() {
    assertThatThrownBy(() -> certificate(List.of(), List.of(), FROM, UNTIL))
        .hasMessage("brandCodes must hold 1..64 codes: 0");
    List<Integer> many = IntStream.range(0, 65).boxed().toList();
    assertThatThrownBy(() -> certificate(many, List.of(), FROM, UNTIL))
        .hasMessage("brandCodes must hold 1..64 codes: 65");
    assertThatThrownBy(() -> certificate(List.of(3, 1, 3), List.of(), FROM, UNTIL))
        .hasMessage("brandCodes must not repeat: 3");
    assertThatThrownBy(() -> certificate(List.of(1, 65536), List.of(), FROM, UNTIL))
        .hasMessage("brandCodes[1] must be 0..65535: 65536");
    assertThatThrownBy(() -> certificate(Arrays.asList(1, null), List.of(), FROM, UNTIL))
        .hasMessage("brandCodes[1] must not be null: null");
  }

  @Test
  void constructor_whenCategoriesInvalidRepeatedOrTooMany_fail() {
    assertThatThrownBy(() -> certificate(List.of(1), List.of("Gốm"), FROM, UNTIL))
        .hasMessage("categories[0] must be a lower-case ASCII slug of at most 48 chars: \"Gốm\"");
    assertThatThrownBy(() -> certificate(List.of(1), List.of("silk", "silk"), FROM, UNTIL))
        .hasMessage("categories must not repeat: \"silk\"");
    List<String> many = IntStream.range(0, 17).mapToObj(i -> "c" + i).toList();
    assertThatThrownBy(() -> certificate(List.of(1), many, FROM, UNTIL))
        .hasMessage("categories must hold at most 16 codes: 17");
    assertThatThrownBy(() -> certificate(List.of(1), Collections.singletonList(null), FROM, UNTIL))
        .hasMessage("categories[0] must not be null: null");
  }

  @Test
  void constructor_whenDatesOutOfRangeOrReversed_fail() {
    assertThatThrownBy(() -> certificate(List.of(1), List.of(), UNTIL, FROM))
        .hasMessage("validUntil must not be before validFrom 2027-12-31: 2025-01-01");
    assertThatThrownBy(() -> certificate(List.of(1), List.of(), LocalDate.of(1999, 12, 31), UNTIL))
        .hasMessage("validFrom must be 2000-01-01..2199-12-31: 1999-12-31");
    assertThatThrownBy(() -> certificate(List.of(1), List.of(), FROM, LocalDate.of(2200, 1, 1)))
        .hasMessage("validUntil must be 2000-01-01..2199-12-31: 2200-01-01");
  }

  @Test
  void constructor_whenAuthorityIdInvalid_fails() {
    assertThatThrownBy(() -> new MemberCertificate(
            MINH_LONG_KEY.publicKey(),
            MINH_LONG_KEY.keyId(),
            MINH_LONG,
            "bát tràng",
            List.of(1),
            List.of(),
            FROM,
            UNTIL))
        .hasMessage(
            "authorityId must use only ASCII letters, digits, '.', '_', ':' and '-': \"bát tràng\"");
  }
}
