package io.github.craftmark.examples.verifyserver;

import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.tag.ClaimCommitment;
import io.github.craftmark.provenance.tag.IssuedTag;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.TagIssuer;
import io.github.craftmark.provenance.tag.TagPrefix;
import io.github.craftmark.provenance.tag.TagSerial;
import io.github.craftmark.provenance.trust.AuthorityProfile;
import io.github.craftmark.provenance.trust.MemberCertificate;
import io.github.craftmark.provenance.trust.TrustListUpdate;
import io.github.craftmark.provenance.trust.TrustStore;
import io.github.craftmark.provenance.trust.TrustedBrand;
import io.github.craftmark.provenance.trust.VillageAuthority;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A Bát Tràng village authority, one certified member workshop, its signed trust list and tags, as
 * a village would set them up. Names and numbers are EXAMPLE data; keys are fresh per run.
 */
final class TestVillage {
  static final TagPrefix PREFIX = TagPrefix.of("HTTPS://BATTRANG.VN/T/");

  /** A claim code of 12 Crockford base-32 characters, committed to without separators. */
  static final String CLAIM_CODE = "7KQ3M9XD2HVB";

  static final String CERTIFICATE = "EXAMPLE-153/2024/GCN-OCOP";

  /** The day of the tests: 10:00 in Hà Nội, the certificate valid, the trust list fresh. */
  static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");

  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static final SecureRandom RANDOM = new SecureRandom();

  final TagKeyPair root = TagKeyPair.generate(SignatureAlgorithm.ED25519, RANDOM);
  final TagKeyPair workshop = TagKeyPair.generate(SignatureAlgorithm.ED25519, RANDOM);
  final VillageAuthority authority = VillageAuthority.of(
      AuthorityProfile.of(
          "battrang-association",
          "Hiệp hội Gốm sứ Bát Tràng",
          PREFIX.value(),
          List.of(new TrustedBrand(7, BrandId.of("gom-bat-trang"), "Gốm sứ Bát Tràng"))),
      root);
  final MemberCertificate member = authority.certifyMember(
      workshop.publicKey(),
      ProducerId.of("xuong-gom-minh-long"),
      List.of(7),
      List.of(),
      LocalDate.of(2025, 1, 1),
      LocalDate.of(2027, 12, 31));
  final byte[] trustList = authority.trustList().sequence(1).addMember(member).publish(CLOCK);
  final TagIssuer issuer = TagIssuer.builder().signer(workshop).prefix(PREFIX).build();

  TrustStore trustStore() {
    TrustStore store = TrustStore.pinning(List.of(root.publicKey()));
    TrustListUpdate update = store.update(trustList, NOW);
    if (!update.isAccepted()) {
      throw new AssertionError("trust list refused: " + update);
    }
    return store;
  }

  /** A vase's tag with OCOP stars, its certificate and the commitment to {@link #CLAIM_CODE}. */
  IssuedTag vaseTag() {
    TagSerial serial = TagSerial.random(RANDOM);
    return issuer.issue(TagClaims.builder()
        .serial(serial)
        .sku(Sku.of("BT-VASE-0042"))
        .batch("240")
        .dateMade(LocalDate.of(2026, 2, 10))
        .brandCode(7)
        .ocopStars(StarRating.FOUR)
        .ocopCertificate(CERTIFICATE)
        .claimCommitment(ClaimCommitment.compute(serial, CLAIM_CODE))
        .build());
  }

  /** A tag for another SKU, without a claim code. */
  IssuedTag tagFor(String sku) {
    return issuer.issue(TagClaims.builder()
        .serial(TagSerial.random(RANDOM))
        .sku(Sku.of(sku))
        .batch("241")
        .dateMade(LocalDate.of(2026, 2, 11))
        .brandCode(7)
        .build());
  }

  /** The same text with its last digit changed: the signature no longer matches. */
  static String tampered(String text) {
    char last = text.charAt(text.length() - 1);
    return text.substring(0, text.length() - 1) + (last == '0' ? '1' : '0');
  }

  static InMemoryProductDirectory catalogue() {
    try (InputStream in = TestVillage.class.getResourceAsStream("/catalogue.json")) {
      return InMemoryProductDirectory.fromCatalogue(in, "catalogue.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
