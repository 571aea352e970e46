package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.tag.ClaimCommitment;
import io.github.craftmark.provenance.tag.IssuedTag;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.TagIssuer;
import io.github.craftmark.provenance.tag.TagPrefix;
import io.github.craftmark.provenance.tag.TagSerial;
import io.github.craftmark.provenance.tag.TagVerifier;
import io.github.craftmark.provenance.trust.AuthorityProfile;
import io.github.craftmark.provenance.trust.MemberCertificate;
import io.github.craftmark.provenance.trust.TrustListUpdate;
import io.github.craftmark.provenance.trust.TrustStore;
import io.github.craftmark.provenance.trust.TrustedBrand;
import io.github.craftmark.provenance.trust.VillageAuthority;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A village authority, one member and its tags for the scan verifier tests. Ids, names and
 * producers are EXAMPLE data; the keys are test keys derived from their names.
 */
final class LedgerFixture {
  /** When the trust list is issued; it is fresh for 7 days. */
  static final Instant ISSUED = Instant.parse("2025-07-01T00:00:00Z");

  /** The tag verifier's clock: a day after the list was issued. */
  static final Clock VERIFY_CLOCK = Clock.fixed(ISSUED.plus(Duration.ofDays(1)), ZoneOffset.UTC);

  /** A claim code of 12 Crockford base-32 characters (60 bits), as the docs advise. */
  static final String CLAIM_CODE = "7KQ3-M9XD-2HVB";

  static final TagKeyPair ROOT = named("EXAMPLE Bát Tràng ledger root");
  static final TagKeyPair MEMBER_KEY = named("EXAMPLE Bát Tràng ledger member");

  static final VillageAuthority BAT_TRANG = VillageAuthority.of(
      AuthorityProfile.of(
          "battrang-association",
          "Hiệp hội Gốm sứ Bát Tràng",
          "HTTPS://BATTRANG.VN/T/",
          List.of(new TrustedBrand(7, BrandId.of("gom-bat-trang"), "Gốm sứ Bát Tràng"))),
      ROOT);

  static final MemberCertificate MEMBER = BAT_TRANG.certifyMember(
      MEMBER_KEY.publicKey(),
      ProducerId.of("xuong-gom-minh-long"),
      List.of(7),
      List.of(),
      LocalDate.of(2025, 1, 1),
      LocalDate.of(2026, 12, 31));

  static final TagIssuer ISSUER = TagIssuer.builder()
      .signer(MEMBER_KEY)
      .prefix(TagPrefix.of("HTTPS://BATTRANG.VN/T/"))
      .build();

  static final TagSerial SERIAL = TagSerial.of(HexFormat.of().parseHex("5a1e44c0ffee0d15ea5e"));
  static final TagSerial OTHER_SERIAL =
      TagSerial.of(HexFormat.of().parseHex("0badc0de5ca1ab1e0042"));

  private LedgerFixture() {}

  static TagVerifier tagVerifier() {
    TrustStore store = TrustStore.pinning(List.of(ROOT.publicKey()));
    byte[] list = BAT_TRANG
        .trustList()
        .sequence(1)
        .addMember(MEMBER)
        .publish(Clock.fixed(ISSUED, ZoneOffset.UTC));
    TrustListUpdate update = store.update(list, ISSUED.plus(Duration.ofHours(1)));
    if (!update.isAccepted()) {
      throw new AssertionError("list not accepted: " + update);
    }
    return TagVerifier.builder().trustStore(store).clock(VERIFY_CLOCK).build();
  }

  /** A vase's tag, with the commitment to {@link #CLAIM_CODE}. */
  static IssuedTag claimableTag(TagSerial serial) {
    return ISSUER.issue(claims(serial)
        .claimCommitment(ClaimCommitment.compute(serial, CLAIM_CODE))
        .build());
  }

  /** A vase's tag without a claim code. */
  static IssuedTag plainTag(TagSerial serial) {
    return ISSUER.issue(claims(serial).build());
  }

  private static TagClaims.Builder claims(TagSerial serial) {
    return TagClaims.builder()
        .serial(serial)
        .sku(Sku.of("BT-VASE-0042"))
        .batch("240")
        .dateMade(LocalDate.of(2025, 7, 1))
        .brandCode(7);
  }

  /** An Ed25519 test key whose seed is SHA-256 of {@code name}. */
  private static TagKeyPair named(String name) {
    try {
      byte[] seed =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      // PKCS#8 for Ed25519 (RFC 8410): a fixed 16-byte header, then the 32-byte seed.
      byte[] header = HexFormat.of().parseHex("302e020100300506032b657004220420");
      byte[] pkcs8 = new byte[header.length + seed.length];
      System.arraycopy(header, 0, pkcs8, 0, header.length);
      System.arraycopy(seed, 0, pkcs8, header.length, seed.length);
      return TagKeyPair.fromPkcs8Pem("-----BEGIN PRIVATE KEY-----\n"
          + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pkcs8)
          + "\n-----END PRIVATE KEY-----\n");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
