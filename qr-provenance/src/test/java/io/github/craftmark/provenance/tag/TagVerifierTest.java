package io.github.craftmark.provenance.tag;

import static io.github.craftmark.provenance.testing.ProvenanceFixtures.HOA_SEN;
import static io.github.craftmark.provenance.testing.ProvenanceFixtures.HOA_SEN_KEY;
import static io.github.craftmark.provenance.testing.ProvenanceFixtures.MINH_LONG;
import static io.github.craftmark.provenance.testing.ProvenanceFixtures.MINH_LONG_KEY;
import static io.github.craftmark.provenance.testing.ProvenanceFixtures.accept;
import static io.github.craftmark.provenance.testing.ProvenanceFixtures.batTrangList;
import static io.github.craftmark.provenance.testing.ProvenanceFixtures.issuer;
import static io.github.craftmark.provenance.testing.ProvenanceFixtures.minhLongVase;
import static io.github.craftmark.provenance.testing.ProvenanceFixtures.store;
import static io.github.craftmark.provenance.testing.ProvenanceFixtures.verifier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.provenance.internal.key.P256;
import io.github.craftmark.provenance.internal.tag.ClaimsCodec;
import io.github.craftmark.provenance.internal.tag.DecimalDigits;
import io.github.craftmark.provenance.internal.tag.TagText;
import io.github.craftmark.provenance.internal.trust.KeyIdOverride;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.qr.ErrorCorrection;
import io.github.craftmark.provenance.qr.QrCode;
import io.github.craftmark.provenance.qr.QrImages;
import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import io.github.craftmark.provenance.trust.MemberCertificate;
import io.github.craftmark.provenance.trust.TrustList;
import io.github.craftmark.provenance.trust.TrustListRejection;
import io.github.craftmark.provenance.trust.TrustListUpdate;
import io.github.craftmark.provenance.trust.TrustSnapshot;
import io.github.craftmark.provenance.trust.TrustStore;
import io.github.craftmark.provenance.trust.TrustedBrand;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TagVerifierTest {

  private static TagVerdict.Rejected rejected(TagVerdict verdict) {
    assertThat(verdict).isInstanceOf(TagVerdict.Rejected.class);
    return (TagVerdict.Rejected) verdict;
  }

  private static VerifiedTag genuine(TagVerdict verdict) {
    assertThat(verdict).as("verdict %s", verdict).isInstanceOf(TagVerdict.Genuine.class);
    return ((TagVerdict.Genuine) verdict).tag();
  }

  @Test
  void verify_ofAGenuineEd25519Tag_givesTheClaimsMemberBrandAndAuthority() {
    IssuedTag issued = minhLongVase();
    TagVerdict verdict = verifier(store()).verify(issued.text());

    assertThat(verdict.isGenuine()).isTrue();
    assertThat(verdict.rejectionReason()).isEmpty();
    VerifiedTag tag = genuine(verdict);
    assertThat(verdict.verifiedTag()).containsSame(tag);
    assertThat(tag.claims()).isEqualTo(ProvenanceFixtures.vase());
    assertThat(tag.member()).isEqualTo(MINH_LONG);
    assertThat(tag.brand()).isEqualTo(ProvenanceFixtures.GOM_BAT_TRANG);
    assertThat(tag.authority().name()).isEqualTo("Hiệp hội Gốm sứ Bát Tràng");
    assertThat(tag.prefix()).isEqualTo(ProvenanceFixtures.PREFIX);
    assertThat(tag.isPrefixOfAuthority()).isTrue();
    assertThat(tag.algorithm()).isEqualTo(SignatureAlgorithm.ED25519);
    assertThat(tag.keyId()).isEqualTo(MINH_LONG_KEY.keyId());
    assertThat(tag.text()).isEqualTo(issued.text());
    assertThat(tag.toString())
        .isEqualTo("VerifiedTag[keyId="
            + MINH_LONG_KEY.keyId()
            + ", serial=4Z8DK2X0V6QGX6SB, producer=xuong-gom-minh-long, brand=gom-bat-trang]");
  }

  @Test
  void verify_ofAGenuineEs256TagWithEveryClaim_isGenuine() {
    TagClaims claims = ProvenanceFixtures.everyClaim().toBuilder().brandCode(8).build();
    VerifiedTag tag =
        genuine(verifier(store()).verify(issuer(HOA_SEN_KEY).issue(claims).text()));
    assertThat(tag.claims()).isEqualTo(claims);
    assertThat(tag.member()).isEqualTo(HOA_SEN);
    assertThat(tag.brand()).isEqualTo(ProvenanceFixtures.MEN_RAN);
    assertThat(tag.algorithm()).isEqualTo(SignatureAlgorithm.ES256);
  }

  @Test
  void verify_ofALowerCasePrefixOrAnotherPrefix_isGenuineButSaysWhetherTheAuthorityListsIt() {
    String text = minhLongVase().text();
    VerifiedTag lower =
        genuine(verifier(store()).verify("https://battrang.vn/t/" + text.substring(22)));
    assertThat(lower.isPrefixOfAuthority()).isTrue();
    String copied = "HTTPS://BATTRANG-VN.SHOP/T/" + text.substring(22);
    VerifiedTag elsewhere = genuine(verifier(store()).verify(copied));
    assertThat(elsewhere.isPrefixOfAuthority()).isFalse();
    assertThat(elsewhere.prefix().value()).isEqualTo("HTTPS://BATTRANG-VN.SHOP/T/");
  }

  @Test
  void verify_whenPrefixNotAccepted_isMalformed() {
    TagVerifier verifier = verifier(store()).toBuilder()
        .acceptedPrefixes(List.of(ProvenanceFixtures.PREFIX))
        .build();
    String text = minhLongVase().text();
    assertThat(verifier.verify(text).isGenuine()).isTrue();
    TagVerdict.Rejected r =
        rejected(verifier.verify("HTTPS://BATTRANG-VN.SHOP/T/" + text.substring(22)));
    assertThat(r.reason()).isEqualTo(RejectionReason.MALFORMED);
    assertThat(r.detail())
        .isEqualTo("prefix HTTPS://BATTRANG-VN.SHOP/T/ is not one this reader accepts at index 0");
  }

  @Test
  void verify_whenAClaimByteIsTampered_isBadSignature() {
    // Brand code 7 → 8: still well-formed claims, one byte changed, Minh Long's signature.
    IssuedTag issued = minhLongVase();
    byte[] compact = issued.compactBytes();
    assertThat(compact[compact.length - 1]).isEqualTo((byte) 7);
    compact[compact.length - 1] = 8;
    String tampered = TagText.write(ProvenanceFixtures.PREFIX, SignatureAlgorithm.ED25519, compact);
    assertThat(TagParser.parseWithoutVerifying(tampered).claims().brandCode()).isEqualTo(8);

    TagVerdict.Rejected r = rejected(verifier(store()).verify(tampered));
    assertThat(r.reason()).isEqualTo(RejectionReason.BAD_SIGNATURE);
    assertThat(r.detail())
        .isEqualTo("the ED25519 signature does not verify with the 1 member key(s) with key id "
            + MINH_LONG_KEY.keyId());
  }

  @Test
  void verify_whenASignatureByteIsTampered_isBadSignature() {
    byte[] compact = minhLongVase().compactBytes();
    compact[40] ^= 0x01;
    String tampered = TagText.write(ProvenanceFixtures.PREFIX, SignatureAlgorithm.ED25519, compact);
    assertThat(rejected(verifier(store()).verify(tampered)).reason())
        .isEqualTo(RejectionReason.BAD_SIGNATURE);
  }

  @Test
  void verify_whenSignedWithAnotherKeyUnderTheMembersKeyId_isBadSignature() {
    TagKeyPair wrong = ProvenanceFixtures.otherEd25519Rfc8032();
    byte[] payload = ClaimsCodec.encode(ProvenanceFixtures.vase());
    byte[] forged = issuer(wrong).issue(ProvenanceFixtures.vase()).signature();
    String text = TagText.write(
        ProvenanceFixtures.PREFIX,
        SignatureAlgorithm.ED25519,
        TagText.compact(MINH_LONG_KEY.keyId(), forged, payload));
    assertThat(rejected(verifier(store()).verify(text)).reason())
        .isEqualTo(RejectionReason.BAD_SIGNATURE);
  }

  @Test
  void verify_whenAnEs256TagCarriesTheHighSTwinOfItsSignature_isMalformed() {
    TagClaims claims = ProvenanceFixtures.everyClaim().toBuilder().brandCode(8).build();
    IssuedTag issued = issuer(HOA_SEN_KEY).issue(claims);
    byte[] twin = P256.twin(issued.signature());
    assertThat(HOA_SEN_KEY.publicKey().verify(issued.sigStructure(), twin))
        .as("the twin is a valid signature, refused only for its form")
        .isTrue();
    byte[] compact = issued.compactBytes();
    System.arraycopy(twin, 0, compact, KeyId.LENGTH, twin.length);
    String text = TagText.write(ProvenanceFixtures.PREFIX, SignatureAlgorithm.ES256, compact);

    TagVerdict.Rejected r = rejected(verifier(store()).verify(text));

    assertThat(r.reason()).isEqualTo(RejectionReason.MALFORMED);
    assertThat(r.detail())
        .isEqualTo("expected an ES256 signature with a low s (s ≤ n/2), found its twin with a high"
            + " s at index 23");
    assertThat(verifier(store()).verify(issued.text()).isGenuine()).isTrue();
  }

  @Test
  void verify_whenTheProfileNamesAnotherAlgorithmThanTheMembersKey_isBadSignature() {
    byte[] compact = minhLongVase().compactBytes();
    String es256 = TagText.write(ProvenanceFixtures.PREFIX, SignatureAlgorithm.ES256, compact);
    TagVerdict.Rejected r = rejected(verifier(store()).verify(es256));
    assertThat(r.reason()).isEqualTo(RejectionReason.BAD_SIGNATURE);
    assertThat(r.detail()).startsWith("the ES256 signature does not verify");
  }

  @Test
  void verify_whenNoMemberHasTheKeyId_isUnknownIssuer() {
    TagKeyPair stranger = ProvenanceFixtures.ed25519Named("EXAMPLE uncertified workshop");
    TagVerdict.Rejected r = rejected(verifier(store())
        .verify(issuer(stranger).issue(ProvenanceFixtures.vase()).text()));
    assertThat(r.reason()).isEqualTo(RejectionReason.UNKNOWN_ISSUER);
    assertThat(r.detail())
        .isEqualTo("no trusted member certificate has key id " + stranger.keyId());
  }

  @Test
  void verify_whenTheMemberIsRevoked_isIssuerRevoked() {
    TrustStore store = store();
    accept(
        store,
        batTrangList(2, b -> b.revokeMember(MINH_LONG_KEY.keyId(), ProvenanceFixtures.ISSUED)));
    TagVerdict.Rejected r = rejected(verifier(store).verify(minhLongVase().text()));
    assertThat(r.reason()).isEqualTo(RejectionReason.ISSUER_REVOKED);
    assertThat(r.detail())
        .isEqualTo("member key " + MINH_LONG_KEY.keyId() + " of xuong-gom-minh-long is revoked");
  }

  @Test
  void verify_whenTheTrustListIsStale_isTrustListStale() {
    TagVerifier later =
        verifier(store()).toBuilder().clock(ProvenanceFixtures.LATER).build();
    TagVerdict.Rejected r = rejected(later.verify(minhLongVase().text()));
    assertThat(r.reason()).isEqualTo(RejectionReason.TRUST_LIST_STALE);
    assertThat(r.detail())
        .isEqualTo("the trust list of battrang-association is past its next update"
            + " 2025-07-08T00:00:00Z at 2025-07-09T00:00:00Z");
  }

  @Test
  void verify_afterARolledBackTrustList_keepsTheNewerListsRevocation() {
    TrustStore store = store();
    byte[] older = batTrangList(2, b -> b);
    byte[] newer = batTrangList(
        3, b -> b.revokeTag(MINH_LONG_KEY.keyId(), ProvenanceFixtures.SERIAL.toBytes()));
    accept(store, newer);

    TrustListUpdate rollback =
        store.update(older, ProvenanceFixtures.ISSUED.plus(Duration.ofHours(2)));
    assertThat(rollback).isInstanceOf(TrustListUpdate.Rejected.class);
    assertThat(((TrustListUpdate.Rejected) rollback).reason())
        .isEqualTo(TrustListRejection.ROLLBACK);

    TagVerdict.Rejected r = rejected(verifier(store).verify(minhLongVase().text()));
    assertThat(r.reason()).isEqualTo(RejectionReason.TAG_REVOKED);
  }

  @Test
  void verify_whenTheTagIsRevoked_isTagRevoked() {
    TrustStore store = store();
    accept(
        store,
        batTrangList(
            2, b -> b.revokeTag(MINH_LONG_KEY.keyId(), ProvenanceFixtures.SERIAL.toBytes())));
    TagVerdict.Rejected r = rejected(verifier(store).verify(minhLongVase().text()));
    assertThat(r.reason()).isEqualTo(RejectionReason.TAG_REVOKED);
    assertThat(r.detail())
        .isEqualTo("tag 4Z8DK2X0V6QGX6SB of key " + MINH_LONG_KEY.keyId() + " is revoked");
    TagClaims other = ProvenanceFixtures.vase().withSerial(TagSerial.of(new byte[10]));
    assertThat(verifier(store).verify(issuer(MINH_LONG_KEY).issue(other).text()).isGenuine())
        .isTrue();
  }

  @Test
  void verify_whenTheBrandIsForeignOrNotTheMembers_isNotAuthorisedForBrand() {
    // Code 1 is Vạn Phúc's silk brand; in Bát Tràng's table it does not exist.
    TagClaims foreign = ProvenanceFixtures.vase().toBuilder().brandCode(1).build();
    TagVerdict.Rejected r =
        rejected(verifier(store()).verify(issuer(MINH_LONG_KEY).issue(foreign).text()));
    assertThat(r.reason()).isEqualTo(RejectionReason.ISSUER_NOT_AUTHORISED_FOR_BRAND);
    assertThat(r.detail())
        .isEqualTo(
            "brand code 1 is not among xuong-gom-minh-long's brand codes [7] of battrang-association");
    // Code 8 is a Bát Tràng brand, but not Minh Long's.
    TagClaims notHis = ProvenanceFixtures.vase().toBuilder().brandCode(8).build();
    assertThat(rejected(
                verifier(store()).verify(issuer(MINH_LONG_KEY).issue(notHis).text()))
            .reason())
        .isEqualTo(RejectionReason.ISSUER_NOT_AUTHORISED_FOR_BRAND);
  }

  @Test
  void verify_whenTheCategoryIsNotAllowed_isNotAuthorisedForCategory() {
    TagClaims silk =
        ProvenanceFixtures.vase().toBuilder().category(CraftCategory.SILK).build();
    TagVerdict.Rejected r =
        rejected(verifier(store()).verify(issuer(HOA_SEN_KEY).issue(silk).text()));
    assertThat(r.reason()).isEqualTo(RejectionReason.ISSUER_NOT_AUTHORISED_FOR_CATEGORY);
    assertThat(r.detail())
        .isEqualTo("category silk is not among gom-hoa-sen's categories [ceramics]");

    TagVerdict.Rejected none = rejected(verifier(store())
        .verify(issuer(HOA_SEN_KEY).issue(ProvenanceFixtures.vase()).text()));
    assertThat(none.reason()).isEqualTo(RejectionReason.ISSUER_NOT_AUTHORISED_FOR_CATEGORY);
    assertThat(none.detail())
        .isEqualTo("the tag names no category among gom-hoa-sen's categories [ceramics]");

    TagClaims ceramics =
        ProvenanceFixtures.vase().toBuilder().category(CraftCategory.CERAMICS).build();
    assertThat(
            verifier(store()).verify(issuer(HOA_SEN_KEY).issue(ceramics).text()).isGenuine())
        .isTrue();
  }

  @Test
  void verify_whenDateMadeIsOutsideTheCertificate_isOutsideValidity() {
    for (LocalDate date : List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2027, 1, 1))) {
      TagClaims claims = ProvenanceFixtures.vase().toBuilder().dateMade(date).build();
      TagVerdict.Rejected r =
          rejected(verifier(store()).verify(issuer(MINH_LONG_KEY).issue(claims).text()));
      assertThat(r.reason()).isEqualTo(RejectionReason.ISSUER_OUTSIDE_VALIDITY);
      assertThat(r.detail())
          .isEqualTo("date made " + date + " is outside the certificate's 2025-01-01..2026-12-31");
    }
    for (LocalDate date : List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31))) {
      TagClaims claims = ProvenanceFixtures.vase().toBuilder().dateMade(date).build();
      assertThat(verifier(store())
              .verify(issuer(MINH_LONG_KEY).issue(claims).text())
              .isGenuine())
          .isTrue();
    }
  }

  @Test
  void verify_whenTheProfileDigitIsUnknown_isUnsupportedVersion() {
    String text = minhLongVase().text();
    TagVerdict.Rejected r =
        rejected(verifier(store()).verify(text.substring(0, 22) + "3" + text.substring(23)));
    assertThat(r.reason()).isEqualTo(RejectionReason.UNSUPPORTED_VERSION);
    assertThat(r.detail())
        .isEqualTo("profile digit 3 is not a format this reader knows (1, 2) at index 22");
  }

  @Test
  void verify_ofNullOrGarbage_isMalformed() {
    TagVerifier verifier = verifier(store());
    assertThat(rejected(verifier.verify((String) null)))
        .isEqualTo(new TagVerdict.Rejected(
            RejectionReason.MALFORMED, "expected the text of a tag, found null at index 0"));
    assertThat(rejected(verifier.verify("")).reason()).isEqualTo(RejectionReason.MALFORMED);
    assertThat(rejected(verifier.verify("x".repeat(1_000_000))).detail())
        .isEqualTo("expected at most 1029 characters, found 1000000 at index 0");
  }

  @Test
  void verify_whenKeyIdsCollide_triesEveryCertificateWithThatId() {
    // A certificate of another key under Minh Long's key id comes first; the real one second.
    MemberCertificate impostor = KeyIdOverride.allowingMismatchedKeyIds(() -> new MemberCertificate(
        ProvenanceFixtures.otherEd25519Rfc8032().publicKey(),
        MINH_LONG_KEY.keyId(),
        MINH_LONG.producer(),
        MINH_LONG.authorityId(),
        List.of(7),
        List.of(),
        MINH_LONG.validFrom(),
        MINH_LONG.validUntil()));
    TrustSnapshot real = store().snapshot();
    TrustSnapshot colliding = new DelegatingSnapshot(real) {
      @Override
      public List<MemberCertificate> membersWithKeyId(KeyId kid) {
        return kid.equals(MINH_LONG_KEY.keyId()) ? List.of(impostor, MINH_LONG) : List.of();
      }
    };
    TagVerifier verifier = TagVerifier.builder()
        .trustSnapshots(() -> colliding)
        .clock(ProvenanceFixtures.NOW)
        .build();
    VerifiedTag tag = genuine(verifier.verify(minhLongVase().text()));
    assertThat(tag.member()).isEqualTo(MINH_LONG);
  }

  @Test
  void verify_whenTheTrustStoreFails_isMalformedWithoutThrowing() {
    TagVerifier verifier = TagVerifier.builder()
        .trustSnapshots(() -> {
          throw new IllegalStateException("disk gone");
        })
        .clock(ProvenanceFixtures.NOW)
        .build();
    TagVerdict.Rejected r = rejected(verifier.verify(minhLongVase().text()));
    assertThat(r.reason()).isEqualTo(RejectionReason.MALFORMED);
    assertThat(r.detail())
        .isEqualTo("unexpected failure while verifying: java.lang.IllegalStateException");
  }

  @Test
  void verify_ofAPictureOfAGenuineTag_isGenuine() {
    IssuedTag issued = minhLongVase();
    BufferedImage image = QrImages.toBufferedImage(issued.toQrCode(ErrorCorrection.M));
    assertThat(genuine(verifier(store()).verify(image)).claims())
        .isEqualTo(ProvenanceFixtures.vase());

    // Turned a quarter and photographed larger.
    BufferedImage turned =
        new BufferedImage(image.getHeight() * 3, image.getWidth() * 3, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = turned.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, turned.getWidth(), turned.getHeight());
    AffineTransform t = new AffineTransform();
    t.scale(3, 3);
    t.translate(image.getHeight(), 0);
    t.rotate(Math.PI / 2);
    g.drawImage(image, t, null);
    g.dispose();
    assertThat(verifier(store()).verify(turned).isGenuine()).isTrue();
  }

  @Test
  void verifyImage_ofAPngFileOfAGenuineTag_isGenuine() {
    byte[] png = QrImages.toPng(minhLongVase().toQrCode(ErrorCorrection.M));
    assertThat(genuine(verifier(store()).verifyImage(png)).member()).isEqualTo(MINH_LONG);
  }

  @Test
  void verifyImage_ofAPictureOfATamperedTag_isBadSignature() {
    byte[] compact = minhLongVase().compactBytes();
    compact[compact.length - 1] = 8;
    String tampered = TagText.write(ProvenanceFixtures.PREFIX, SignatureAlgorithm.ED25519, compact);
    QrCode code =
        QrCode.encode(ProvenanceFixtures.PREFIX.value(), tampered.substring(22), ErrorCorrection.M);
    assertThat(rejected(verifier(store()).verifyImage(QrImages.toPng(code))).reason())
        .isEqualTo(RejectionReason.BAD_SIGNATURE);
  }

  @Test
  void verifyImage_withoutAReadableQrCode_isUnreadableImage() {
    TagVerifier verifier = verifier(store());
    TagVerdict.Rejected expected = new TagVerdict.Rejected(
        RejectionReason.UNREADABLE_IMAGE, "no QR code could be read from the image");
    assertThat(verifier.verifyImage(null)).isEqualTo(expected);
    assertThat(verifier.verifyImage(new byte[] {1, 2, 3})).isEqualTo(expected);
    assertThat(verifier.verify((BufferedImage) null)).isEqualTo(expected);
    BufferedImage blank = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
    assertThat(verifier.verify(blank)).isEqualTo(expected);
  }

  @Test
  void verifyImage_ofAQrCodeThatIsNoTag_isMalformed() {
    QrCode code = QrCode.encodeText("HTTPS://EXAMPLE.VN/", ErrorCorrection.M);
    assertThat(rejected(verifier(store()).verifyImage(QrImages.toPng(code))).reason())
        .isEqualTo(RejectionReason.MALFORMED);
  }

  @Test
  void build_whenASettingIsMissing_namesIt() {
    assertThatThrownBy(() -> TagVerifier.builder().clock(ProvenanceFixtures.NOW).build())
        .hasMessage("trustStore must not be null: null");
    assertThatThrownBy(() -> TagVerifier.builder().trustStore(store()).build())
        .hasMessage("clock must not be null: null");
    assertThatThrownBy(() -> TagVerifier.builder().acceptedPrefixes(List.of()))
        .hasMessage("acceptedPrefixes must hold at least one prefix: []");
  }

  static Stream<String> hostileTexts() {
    Random random = new Random(90210);
    String genuineEd = minhLongVase().text();
    String genuineEs = issuer(HOA_SEN_KEY)
        .issue(ProvenanceFixtures.everyClaim().toBuilder().brandCode(8).build())
        .text();
    String alphabet = "0123456789/:HTPSBATRNGV.htps -ıĐ\n\u0000\uD83C";
    return IntStream.range(0, 3000).mapToObj(i -> {
      String seed = i % 2 == 0 ? genuineEd : genuineEs;
      StringBuilder sb = new StringBuilder(seed);
      switch (i % 6) {
        case 0, 1 -> {
          // A few random digits changed: mostly bad signatures, some malformed claims.
          for (int k = 1 + random.nextInt(3); k > 0; k--) {
            sb.setCharAt(23 + random.nextInt(sb.length() - 23), (char) ('0' + random.nextInt(10)));
          }
        }
        case 2 -> {
          // One byte of the compact bytes changed, written back as valid digits.
          byte[] compact = DecimalDigits.decode(seed, 23, seed.length());
          compact[random.nextInt(compact.length)] = (byte) random.nextInt(256);
          sb.setLength(23);
          sb.append(DecimalDigits.encode(compact));
        }
        case 3 ->
          sb.setCharAt(
              random.nextInt(sb.length()), alphabet.charAt(random.nextInt(alphabet.length())));
        case 4 -> sb.setLength(random.nextInt(sb.length()));
        default -> {
          sb.setLength(0);
          for (int k = random.nextInt(1200); k > 0; k--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
      }
      return sb.toString();
    });
  }

  private static final TagVerifier FUZZ_VERIFIER = verifier(store());
  private static final List<TagClaims> GENUINE_CLAIMS = List.of(
      ProvenanceFixtures.vase(),
      ProvenanceFixtures.everyClaim().toBuilder().brandCode(8).build());

  @ParameterizedTest
  @MethodSource("hostileTexts")
  void verify_ofHostileText_neverThrowsAndNeverAcceptsAChange(String text) {
    TagVerdict verdict = FUZZ_VERIFIER.verify(text);
    assertThat(verdict).isNotNull();
    if (verdict instanceof TagVerdict.Rejected r) {
      assertThat(r.detail()).doesNotStartWith("unexpected failure");
    } else {
      // Only a change of letter case in the prefix leaves a tag genuine.
      assertThat(GENUINE_CLAIMS).contains(((TagVerdict.Genuine) verdict).tag().claims());
      assertThat(text.substring(22))
          .isIn(
              minhLongVase().text().substring(22),
              issuer(HOA_SEN_KEY).issue(GENUINE_CLAIMS.get(1)).text().substring(22));
    }
  }

  @Test
  void verify_fromManyThreadsWhileListsArrive_seesOneListPerCall() throws Exception {
    TrustStore store = store();
    TagVerifier verifier = verifier(store);
    String text = minhLongVase().text();
    int threads = 6;
    int perThread = 200;
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(threads + 1);
    AtomicInteger genuine = new AtomicInteger();
    ConcurrentLinkedQueue<String> other = new ConcurrentLinkedQueue<>();
    for (int t = 0; t < threads; t++) {
      new Thread(() -> {
            try {
              start.await();
              for (int i = 0; i < perThread; i++) {
                TagVerdict verdict = verifier.verify(text);
                if (verdict.isGenuine()) {
                  genuine.incrementAndGet();
                } else {
                  other.add(verdict.toString());
                }
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } finally {
              done.countDown();
            }
          })
          .start();
    }
    List<byte[]> lists =
        IntStream.rangeClosed(2, 11).mapToObj(s -> batTrangList(s, b -> b)).toList();
    AtomicInteger accepted = new AtomicInteger();
    new Thread(() -> {
          try {
            start.await();
            for (byte[] list : lists) {
              if (store
                  .update(list, ProvenanceFixtures.ISSUED.plus(Duration.ofHours(1)))
                  .isAccepted()) {
                accepted.incrementAndGet();
              }
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            done.countDown();
          }
        })
        .start();
    start.countDown();
    assertThat(done.await(5, TimeUnit.MINUTES)).isTrue();
    assertThat(other).isEmpty();
    assertThat(genuine.get()).isEqualTo(threads * perThread);
    assertThat(accepted.get()).isEqualTo(10);
    assertThat(store.snapshot().trustList("battrang-association").map(TrustList::sequence))
        .contains(11L);
  }

  /** Passes every call to another snapshot; tests override one method. */
  private static class DelegatingSnapshot implements TrustSnapshot {
    private final TrustSnapshot delegate;

    DelegatingSnapshot(TrustSnapshot delegate) {
      this.delegate = delegate;
    }

    @Override
    public List<MemberCertificate> membersWithKeyId(KeyId kid) {
      return delegate.membersWithKeyId(kid);
    }

    @Override
    public boolean isMemberRevoked(MemberCertificate member) {
      return delegate.isMemberRevoked(member);
    }

    @Override
    public boolean isTagRevoked(KeyId kid, byte[] serial) {
      return delegate.isTagRevoked(kid, serial);
    }

    @Override
    public boolean isStale(MemberCertificate member, Instant now) {
      return delegate.isStale(member, now);
    }

    @Override
    public Optional<TrustedBrand> brand(MemberCertificate member, int brandCode) {
      return delegate.brand(member, brandCode);
    }

    @Override
    public List<TrustList> trustLists() {
      return delegate.trustLists();
    }

    @Override
    public Optional<TrustList> trustList(String authorityId) {
      return delegate.trustList(authorityId);
    }
  }
}
