package io.github.craftmark.provenance.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.provenance.key.KeyId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemberRevocationTest {
  private static final KeyId KID = KeyId.parseHex("0102030405060708");

  @Test
  void constructor_acceptsWholeSecondsIn2000To2199() {
    assertThat(new MemberRevocation(KID, Instant.parse("2000-01-01T00:00:00Z")).revokedAt())
        .isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
    assertThat(new MemberRevocation(KID, Instant.parse("2199-12-31T23:59:59Z")).keyId())
        .isEqualTo(KID);
  }

  @Test
  void constructor_whenInstantOutOfRangeOrFractional_fails() {
    assertThatThrownBy(() -> new MemberRevocation(KID, Instant.parse("1999-12-31T23:59:59Z")))
        .hasMessage(
            "revokedAt must be 2000-01-01T00:00:00Z..2199-12-31T23:59:59Z: 1999-12-31T23:59:59Z");
    assertThatThrownBy(() -> new MemberRevocation(KID, Instant.parse("2025-01-01T00:00:00.5Z")))
        .hasMessage("revokedAt must be a whole second: 2025-01-01T00:00:00.500Z");
    assertThatThrownBy(() -> new MemberRevocation(null, Instant.parse("2025-01-01T00:00:00Z")))
        .hasMessage("keyId must not be null: null");
  }
}
