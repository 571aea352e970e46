package io.github.craftmark.provenance.tag;

import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.trust.AuthorityProfile;
import io.github.craftmark.provenance.trust.MemberCertificate;
import io.github.craftmark.provenance.trust.TrustListBuilder;
import io.github.craftmark.provenance.trust.TrustListUpdate;
import io.github.craftmark.provenance.trust.TrustStore;
import io.github.craftmark.provenance.trust.TrustedBrand;
import io.github.craftmark.provenance.trust.VillageAuthority;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Two village authorities, their members and trust stores for the verifier tests. Ids, names and
 * producers are EXAMPLE data; the keys are test keys.
 */
final class VerifierFixture {
  /** When the lists are issued; they are fresh for 7 days. */
  static final Instant ISSUED = Instant.parse("2025-07-01T00:00:00Z");

  static final Clock ISSUE_CLOCK = Clock.fixed(ISSUED, ZoneOffset.UTC);

  /** A day after the lists were issued. */
  static final Clock NOW = Clock.fixed(ISSUED.plus(Duration.ofDays(1)), ZoneOffset.UTC);

  /** Eight days after: the lists are stale. */
  static final Clock LATER = Clock.fixed(ISSUED.plus(Duration.ofDays(8)), ZoneOffset.UTC);

  static final TagKeyPair BAT_TRANG_ROOT = TestKeys.ed25519Named("EXAMPLE Bát Tràng root");
  static final TagKeyPair VAN_PHUC_ROOT = TestKeys.ed25519Named("EXAMPLE Vạn Phúc root");

  /** Minh Long: Ed25519, brand 7, any category. */
  static final TagKeyPair MINH_LONG_KEY = TestKeys.ed25519();

  /** Hoa Sen: ES256, brands 7 and 8, ceramics only. */
  static final TagKeyPair HOA_SEN_KEY = TestKeys.es256();

  /** A Vạn Phúc silk member, brand 1. */
  static final TagKeyPair SILK_KEY = TestKeys.ed25519Named("EXAMPLE Vạn Phúc member");

  static final TrustedBrand GOM_BAT_TRANG =
      new TrustedBrand(7, BrandId.of("gom-bat-trang"), "Gốm sứ Bát Tràng");
  static final TrustedBrand MEN_RAN =
      new TrustedBrand(8, BrandId.of("men-ran-bat-trang"), "Men rạn Bát Tràng");
  static final TrustedBrand LUA_VAN_PHUC =
      new TrustedBrand(1, BrandId.of("lua-van-phuc"), "Lụa Vạn Phúc");

  static final VillageAuthority BAT_TRANG = VillageAuthority.of(
      AuthorityProfile.of(
          "battrang-association",
          "Hiệp hội Gốm sứ Bát Tràng",
          "HTTPS://BATTRANG.VN/T/",
          List.of(GOM_BAT_TRANG, MEN_RAN)),
      BAT_TRANG_ROOT);

  static final VillageAuthority VAN_PHUC = VillageAuthority.of(
      AuthorityProfile.of(
          "vanphuc-cooperative",
          "Hợp tác xã Lụa Vạn Phúc",
          "HTTPS://VANPHUC.VN/T/",
          List.of(LUA_VAN_PHUC)),
      VAN_PHUC_ROOT);

  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

  static final MemberCertificate MINH_LONG = BAT_TRANG.certifyMember(
      MINH_LONG_KEY.publicKey(),
      ProducerId.of("xuong-gom-minh-long"),
      List.of(7),
      List.of(),
      FROM,
      UNTIL);

  static final MemberCertificate HOA_SEN = BAT_TRANG.certifyMember(
      HOA_SEN_KEY.publicKey(),
      ProducerId.of("gom-hoa-sen"),
      List.of(7, 8),
      List.of("ceramics"),
      FROM,
      UNTIL);

  static final MemberCertificate SILK = VAN_PHUC.certifyMember(
      SILK_KEY.publicKey(), ProducerId.of("lua-ha-dong"), List.of(1), List.of(), FROM, UNTIL);

  private VerifierFixture() {}

  /** The Bát Tràng list, sequence {@code sequence}, changed by {@code edit}. */
  static byte[] batTrangList(long sequence, UnaryOperator<TrustListBuilder> edit) {
    TrustListBuilder builder =
        BAT_TRANG.trustList().sequence(sequence).addMember(MINH_LONG).addMember(HOA_SEN);
    return edit.apply(builder).publish(ISSUE_CLOCK);
  }

  static byte[] vanPhucList() {
    return VAN_PHUC.trustList().sequence(1).addMember(SILK).publish(ISSUE_CLOCK);
  }

  /** A store pinning both roots, holding both authorities' first lists. */
  static TrustStore store() {
    TrustStore store =
        TrustStore.pinning(List.of(BAT_TRANG_ROOT.publicKey(), VAN_PHUC_ROOT.publicKey()));
    accept(store, batTrangList(1, b -> b));
    accept(store, vanPhucList());
    return store;
  }

  static void accept(TrustStore store, byte[] list) {
    TrustListUpdate update = store.update(list, ISSUED.plus(Duration.ofHours(1)));
    if (!update.isAccepted()) {
      throw new AssertionError("list not accepted: " + update);
    }
  }

  static TagVerifier verifier(TrustStore store) {
    return TagVerifier.builder().trustStore(store).clock(NOW).build();
  }

  static TagIssuer issuer(TagKeyPair key) {
    return TagIssuer.builder().signer(key).prefix(TagSamples.PREFIX).build();
  }

  /** Minh Long's vase tag, genuine against {@link #store()}. */
  static IssuedTag minhLongVase() {
    return issuer(MINH_LONG_KEY).issue(TagSamples.vase());
  }
}
