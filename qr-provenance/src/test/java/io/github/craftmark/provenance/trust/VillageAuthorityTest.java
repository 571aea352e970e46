package io.github.craftmark.provenance.trust;

import static io.github.craftmark.provenance.trust.TrustFixtures.BAT_TRANG;
import static io.github.craftmark.provenance.trust.TrustFixtures.BAT_TRANG_PROFILE;
import static io.github.craftmark.provenance.trust.TrustFixtures.BAT_TRANG_ROOT;
import static io.github.craftmark.provenance.trust.TrustFixtures.CLOCK;
import static io.github.craftmark.provenance.trust.TrustFixtures.FROM;
import static io.github.craftmark.provenance.trust.TrustFixtures.MINH_LONG;
import static io.github.craftmark.provenance.trust.TrustFixtures.MINH_LONG_KEY;
import static io.github.craftmark.provenance.trust.TrustFixtures.UNTIL;
import static io.github.craftmark.provenance.trust.TrustFixtures.VAN_PHUC;
import static io.github.craftmark.provenance.trust.TrustFixtures.minhLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.provenance.ProvenanceException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VillageAuthorityTest {
  @Test
  void certifyMember_bindsTheKeyToThisAuthority() {
    MemberCertificate member = minhLong();

    assertThat(member.authorityId()).isEqualTo("battrang-association");
    assertThat(member.keyId()).isEqualTo(MINH_LONG_KEY.keyId());
    assertThat(member.memberKey()).isEqualTo(MINH_LONG_KEY.publicKey());
    assertThat(member.brandCodes()).containsExactly(1, 2);
  }

  @Test
  void certifyMember_whenBrandCodeNotInTheTable_fails() {
    assertThatThrownBy(() -> BAT_TRANG.certifyMember(
            MINH_LONG_KEY.publicKey(), MINH_LONG, List.of(1, 5), List.of(), FROM, UNTIL))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("brandCodes must be codes of the brand table of battrang-association: 5");
  }

  @Test
  void signCertificate_andReadCertificate_roundTrip() {
    byte[] signed = BAT_TRANG.signCertificate(minhLong());

    assertThat(signed[0]).isEqualTo((byte) 0xd2);
    assertThat(BAT_TRANG.readCertificate(signed)).isEqualTo(minhLong());
    assertThat(BAT_TRANG.signCertificate(minhLong())).isEqualTo(signed);
  }

  @Test
  void readCertificate_whenSignedByAnotherAuthority_fails() {
    byte[] foreign = VAN_PHUC.signCertificate(TrustFixtures.hoaSen());

    assertThatThrownBy(() -> BAT_TRANG.readCertificate(foreign))
        .isInstanceOf(ProvenanceException.class)
        .hasMessageStartingWith(
            "member certificate signature does not verify with an authority root");
  }

  @Test
  void readCertificate_whenATrustListIsGiven_fails() {
    byte[] list = BAT_TRANG.trustList().publish(CLOCK);

    // The context string differs, so a list's signature never passes for a certificate's.
    assertThatThrownBy(() -> BAT_TRANG.readCertificate(list))
        .isInstanceOf(ProvenanceException.class);
  }

  @Test
  void signCertificate_whenOfAnotherAuthority_fails() {
    assertThatThrownBy(() -> BAT_TRANG.signCertificate(TrustFixtures.hoaSen()))
        .hasMessage(
            "certificate.authorityId must be battrang-association: \"vanphuc-cooperative\"");
  }

  @Test
  void nextTrustList_continuesTheSequenceAndKeepsMembersAndRevocations() {
    byte[] first = BAT_TRANG
        .trustList()
        .sequence(41)
        .addMember(minhLong())
        .revokeTag(MINH_LONG_KEY.keyId(), new byte[] {9, 9, 9, 9, 9, 9, 9, 9})
        .publish(CLOCK);
    TrustList previous = BAT_TRANG.readTrustList(first);

    TrustList next = BAT_TRANG.nextTrustList(previous).build(CLOCK);

    assertThat(next.sequence()).isEqualTo(42);
    assertThat(next.members()).isEqualTo(previous.members());
    assertThat(next.revokedTags()).isEqualTo(previous.revokedTags());
  }

  @Test
  void readTrustList_whenSignedByAnotherRoot_fails() {
    byte[] list = VAN_PHUC.trustList().publish(CLOCK);

    assertThatThrownBy(() -> BAT_TRANG.readTrustList(list))
        .isInstanceOf(ProvenanceException.class)
        .hasMessageStartingWith("not a trust list of battrang-association: unknown-authority: ");
  }

  @Test
  void readTrustList_acceptsAStaleList() {
    byte[] old = BAT_TRANG.trustList().publish(CLOCK);

    assertThat(BAT_TRANG.readTrustList(old).issuedAt()).isEqualTo(TrustFixtures.ISSUED);
  }

  @Test
  void sign_whenListIsOfAnotherProfile_fails() {
    TrustList vanPhuc = VAN_PHUC.trustList().build(CLOCK);

    assertThatThrownBy(() -> BAT_TRANG.sign(vanPhuc))
        .hasMessage(
            "list.authority must be this authority's profile battrang-association: \"vanphuc-cooperative\"");
  }

  @Test
  void withProfile_keepsTheRootAndTheId() {
    AuthorityProfile more = new AuthorityProfile(
        BAT_TRANG_PROFILE.id(),
        BAT_TRANG_PROFILE.name(),
        List.of("HTTPS://BATTRANG.VN/T/", "HTTPS://GOM.VN/T/"),
        List.of(TrustFixtures.GOM_BAT_TRANG, new TrustedBrand(3, BrandId.of("gom-co"), "Gốm cổ")));

    VillageAuthority updated = BAT_TRANG.withProfile(more);

    assertThat(updated.rootKey()).isEqualTo(BAT_TRANG_ROOT.publicKey());
    assertThat(updated.profile()).isEqualTo(more);
    assertThatThrownBy(() -> BAT_TRANG.withProfile(TrustFixtures.VAN_PHUC_PROFILE))
        .hasMessage("profile.id must stay battrang-association: \"vanphuc-cooperative\"");
  }

  @Test
  void toString_namesTheAuthorityAndRootKeyIdOnly() {
    assertThat(BAT_TRANG.toString())
        .isEqualTo("VillageAuthority[battrang-association, root " + BAT_TRANG_ROOT.keyId() + "]");
  }

  @Test
  void trustList_revocationTimesMustBeWholeSeconds() {
    assertThatThrownBy(() -> BAT_TRANG
            .trustList()
            .revokeMember(MINH_LONG_KEY.keyId(), Instant.parse("2025-01-01T00:00:00.1Z")))
        .hasMessage("revokedAt must be a whole second: 2025-01-01T00:00:00.100Z");
  }
}
