package io.github.craftmark.provenance.trust;

import static io.github.craftmark.provenance.trust.TrustFixtures.BAT_TRANG;
import static io.github.craftmark.provenance.trust.TrustFixtures.MINH_LONG_KEY;
import static io.github.craftmark.provenance.trust.TrustFixtures.minhLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustListBuilderTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-01T08:00:00.750Z"), ZoneOffset.UTC);

  @Test
  void build_defaultsToSequence1AndSevenDaysFromTheWholeSecond() {
    TrustList list = BAT_TRANG.trustList().build(CLOCK);

    assertThat(list.sequence()).isEqualTo(1);
    assertThat(list.issuedAt()).isEqualTo(Instant.parse("2025-03-01T08:00:00Z"));
    assertThat(list.nextUpdate()).isEqualTo(Instant.parse("2025-03-08T08:00:00Z"));
    assertThat(list.authority()).isEqualTo(TrustFixtures.BAT_TRANG_PROFILE);
  }

  @Test
  void build_takesSequenceValidityMembersAndRevocations() {
    byte[] serial = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    TrustList list = BAT_TRANG
        .trustList()
        .sequence(9)
        .validFor(Duration.ofHours(12))
        .addMember(minhLong())
        .revokeTag(MINH_LONG_KEY.keyId(), serial)
        .revokeTag(MINH_LONG_KEY.keyId(), serial)
        .revokeMember(MINH_LONG_KEY.keyId(), Instant.parse("2025-02-01T00:00:00Z"))
        .build(CLOCK);

    assertThat(list.sequence()).isEqualTo(9);
    assertThat(list.nextUpdate()).isEqualTo(Instant.parse("2025-03-01T20:00:00Z"));
    assertThat(list.members()).containsExactly(minhLong());
    assertThat(list.revokedTags())
        .containsExactly(
            new TagRevocations(MINH_LONG_KEY.keyId(), List.of(SerialHash.compute(serial))));
    assertThat(list.revokedMembers()).hasSize(1);
  }

  @Test
  void removeMember_dropsEveryCertificateOfThatKey() {
    TrustList list = BAT_TRANG
        .trustList()
        .addMember(minhLong())
        .removeMember(MINH_LONG_KEY.keyId())
        .build(CLOCK);

    assertThat(list.members()).isEmpty();
  }

  @Test
  void builder_whenValuesInvalid_fails() {
    assertThatThrownBy(() -> BAT_TRANG.trustList().sequence(0))
        .hasMessage("sequence must be at least 1: 0");
    assertThatThrownBy(() -> BAT_TRANG.trustList().validFor(Duration.ofMillis(999)))
        .hasMessage("validity must be at least one second: PT0.999S");
    assertThatThrownBy(() -> BAT_TRANG.trustList().addMember(TrustFixtures.hoaSen()))
        .hasMessage(
            "certificate.authorityId must be battrang-association: \"vanphuc-cooperative\"");
    assertThatThrownBy(
            () -> BAT_TRANG.trustList().validFor(Duration.ofDays(365 * 300)).build(CLOCK))
        .hasMessageStartingWith("nextUpdate must be 2000-01-01T00:00:00Z..2199-12-31T23:59:59Z: ");
  }

  @Test
  void publish_isDeterministic() {
    assertThat(BAT_TRANG.trustList().addMember(minhLong()).publish(CLOCK))
        .isEqualTo(BAT_TRANG.trustList().addMember(minhLong()).publish(CLOCK));
  }
}
