package io.github.craftmark.provenance.trust;

import static io.github.craftmark.provenance.trust.TrustFixtures.BAT_TRANG;
import static io.github.craftmark.provenance.trust.TrustFixtures.CLOCK;
import static io.github.craftmark.provenance.trust.TrustFixtures.FROM;
import static io.github.craftmark.provenance.trust.TrustFixtures.HOA_SEN_KEY;
import static io.github.craftmark.provenance.trust.TrustFixtures.MINH_LONG_KEY;
import static io.github.craftmark.provenance.trust.TrustFixtures.NOW;
import static io.github.craftmark.provenance.trust.TrustFixtures.UNTIL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.provenance.internal.trust.KeyIdOverride;
import io.github.craftmark.provenance.internal.trust.TrustState;
import io.github.craftmark.provenance.key.KeyId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snapshot a store hands out ({@code TrustState}), including what only a test can build. */
class TrustSnapshotTest {
  @Test
  void membersWithKeyId_whenTwoKeysShareAnId_returnsBoth() {
    KeyId shared = MINH_LONG_KEY.keyId();
    MemberCertificate real = TrustFixtures.minhLong();
    MemberCertificate collided = KeyIdOverride.allowingMismatchedKeyIds(() -> new MemberCertificate(
        HOA_SEN_KEY.publicKey(),
        shared,
        ProducerId.of("xuong-gom-hoa-sen"),
        "battrang-association",
        List.of(1),
        List.of(),
        FROM,
        UNTIL));
    TrustList list = BAT_TRANG.trustList().addMember(collided).addMember(real).build(CLOCK);

    TrustSnapshot snapshot = TrustState.ofUnsigned(List.of(list));

    List<MemberCertificate> candidates = snapshot.membersWithKeyId(shared);
    assertThat(candidates).containsExactly(collided, real);
    assertThat(candidates)
        .extracting(MemberCertificate::memberKey)
        .containsExactly(HOA_SEN_KEY.publicKey(), MINH_LONG_KEY.publicKey());
    assertThat(snapshot.membersWithKeyId(HOA_SEN_KEY.keyId())).isEmpty();
  }

  @Test
  void lookups_forAMemberOfAnUnknownAuthority_areSafe() {
    TrustSnapshot empty = TrustState.EMPTY;
    MemberCertificate stranger = TrustFixtures.minhLong();

    assertThat(empty.isMemberRevoked(stranger)).isFalse();
    assertThat(empty.isStale(stranger, NOW)).isTrue();
    assertThat(empty.brand(stranger, 1)).isEmpty();
    assertThat(empty.isTagRevoked(MINH_LONG_KEY.keyId(), new byte[10])).isFalse();
    assertThat(empty.trustLists()).isEmpty();
    assertThat(empty.trustList("battrang-association")).isEmpty();
    assertThat(empty.trustList(null)).isEmpty();
  }
}
