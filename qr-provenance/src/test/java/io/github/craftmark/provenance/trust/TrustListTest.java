package io.github.craftmark.provenance.trust;

import static io.github.craftmark.provenance.trust.TrustFixtures.BAT_TRANG_PROFILE;
import static io.github.craftmark.provenance.trust.TrustFixtures.ISSUED;
import static io.github.craftmark.provenance.trust.TrustFixtures.MINH_LONG_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.provenance.key.KeyId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustListTest {
  private static final Instant NEXT = ISSUED.plusSeconds(3600);

  private static TrustList list(
      long sequence,
      Instant issued,
      Instant next,
      List<MemberCertificate> members,
      List<MemberRevocation> revokedMembers,
      List<TagRevocations> revokedTags) {
    return new TrustList(
        BAT_TRANG_PROFILE, sequence, issued, next, members, revokedMembers, revokedTags);
  }

  @Test
  void isStale_onlyAfterNextUpdate() {
    TrustList list = list(1, ISSUED, NEXT, List.of(), List.of(), List.of());

    assertThat(list.isStale(NEXT)).isFalse();
    assertThat(list.isStale(NEXT.plusNanos(1))).isTrue();
    assertThat(list.isStale(ISSUED.minusSeconds(10))).isFalse();
  }

  @Test
  void constructor_sortsRevocationsByKeyId() {
    KeyId low = KeyId.parseHex("00000000000000ff");
    KeyId high = KeyId.parseHex("ff00000000000000");
    SerialHash hash = SerialHash.compute(new byte[] {1});

    TrustList list = list(
        1,
        ISSUED,
        NEXT,
        List.of(),
        List.of(new MemberRevocation(high, ISSUED), new MemberRevocation(low, ISSUED)),
        List.of(new TagRevocations(high, List.of(hash)), new TagRevocations(low, List.of(hash))));

    assertThat(list.revokedMembers())
        .extracting(MemberRevocation::keyId)
        .containsExactly(low, high);
    assertThat(list.revokedTags()).extracting(TagRevocations::keyId).containsExactly(low, high);
  }

  @Test
  void constructor_whenSequenceOrTimesInvalid_fails() {
    assertThatThrownBy(() -> list(0, ISSUED, NEXT, List.of(), List.of(), List.of()))
        .hasMessage("sequence must be at least 1: 0");
    assertThatThrownBy(() -> list(1, ISSUED, ISSUED, List.of(), List.of(), List.of()))
        .hasMessage("nextUpdate must be after issuedAt 2025-03-01T08:00:00Z: 2025-03-01T08:00:00Z");
    assertThatThrownBy(() -> list(1, ISSUED.plusMillis(1), NEXT, List.of(), List.of(), List.of()))
        .hasMessage("issuedAt must be a whole second: 2025-03-01T08:00:00.001Z");
  }

  @Test
  void constructor_whenMemberIsForeignOutsideTheBrandTableOrRepeated_fails() {
    MemberCertificate foreign = TrustFixtures.hoaSen();
    assertThatThrownBy(() -> list(1, ISSUED, NEXT, List.of(foreign), List.of(), List.of()))
        .hasMessage("members[0].authorityId must be the list's authority battrang-association:"
            + " \"vanphuc-cooperative\"");
    MemberCertificate minhLong = TrustFixtures.minhLong();
    assertThatThrownBy(
            () -> list(1, ISSUED, NEXT, List.of(minhLong, minhLong), List.of(), List.of()))
        .hasMessage("members[1] must not repeat a certificate: " + MINH_LONG_KEY.keyId());
    AuthorityProfile oneBrand = AuthorityProfile.of(
        BAT_TRANG_PROFILE.id(),
        BAT_TRANG_PROFILE.name(),
        "HTTPS://BATTRANG.VN/T/",
        List.of(TrustFixtures.GOM_BAT_TRANG));
    assertThatThrownBy(
            () -> new TrustList(oneBrand, 1, ISSUED, NEXT, List.of(minhLong), List.of(), List.of()))
        .hasMessage("members[0].brandCodes must be codes of the list's brand table: 2");
  }

  @Test
  void constructor_whenRevocationKeyIdRepeats_fails() {
    KeyId kid = KeyId.parseHex("0102030405060708");
    assertThatThrownBy(() -> list(
            1,
            ISSUED,
            NEXT,
            List.of(),
            List.of(new MemberRevocation(kid, ISSUED), new MemberRevocation(kid, NEXT)),
            List.of()))
        .hasMessage("revokedMembers must not repeat a key id: 0102030405060708");
    SerialHash hash = SerialHash.compute(new byte[] {1});
    assertThatThrownBy(() -> list(
            1,
            ISSUED,
            NEXT,
            List.of(),
            List.of(),
            List.of(
                new TagRevocations(kid, List.of(hash)), new TagRevocations(kid, List.of(hash)))))
        .hasMessage("revokedTags must not repeat a key id: 0102030405060708");
  }
}
