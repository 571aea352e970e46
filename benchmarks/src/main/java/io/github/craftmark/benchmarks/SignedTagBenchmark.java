package io.github.craftmark.benchmarks;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.qr.ErrorCorrection;
import io.github.craftmark.provenance.qr.QrCode;
import io.github.craftmark.provenance.tag.IssuedTag;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.TagIssuer;
import io.github.craftmark.provenance.tag.TagPrefix;
import io.github.craftmark.provenance.tag.TagSerial;
import io.github.craftmark.provenance.tag.TagVerdict;
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
import java.util.concurrent.TimeUnit;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issuing and verifying a signed tag, beside the building blocks they rest on, in the same run.
 *
 * <ul>
 *   <li>Verify: {@link TagVerifier#verify(String)} from the scanned text (digits, CBOR, trust
 *       lookup, signature) against Bouncy Castle's Ed25519 verify alone over the same signed bytes,
 *       once with the raw 32-byte public key (BC's one-shot call) and once with the key decoded in
 *       advance (the fastest call BC offers).
 *   <li>Issue: {@link TagIssuer#issue} then {@link IssuedTag#toQrCode} (sign, compact mixed-segment
 *       QR matrix) against Bouncy Castle's Ed25519 sign plus ZXing's plain single-mode encoder of
 *       the same text.
 * </ul>
 *
 * <p>The tag is the default one of the size target in docs/tag-format.md: 10-byte serial, 12-char
 * SKU, batch, date, brand code, prefix {@code HTTPS://BATTRANG.VN/T/}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SignedTagBenchmark {
  private static final Instant ISSUED = Instant.parse("2026-11-01T00:00:00Z");

  private TagVerifier verifier;
  private TagIssuer issuer;
  private TagClaims claims;
  private String scannedText;

  private byte[] memberSeed;
  private byte[] memberPublicKey;
  private Ed25519.PublicPoint memberPublicPoint;
  private byte[] signedBytes;
  private byte[] signature;
  private final byte[] signatureOut = new byte[Ed25519.SIGNATURE_SIZE];

  /** Builds a village authority, one member, a trust store and a genuine tag. */
  @Setup(Level.Trial)
  public void setUp() {
    TagKeyPair root = ed25519FromSeed(sha256("EXAMPLE benchmark root"));
    memberSeed = sha256("EXAMPLE benchmark member");
    TagKeyPair member = ed25519FromSeed(memberSeed);
    memberPublicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
    Ed25519.generatePublicKey(memberSeed, 0, memberPublicKey, 0);
    memberPublicPoint = Ed25519.validatePublicKeyFullExport(memberPublicKey, 0);

    TrustedBrand brand = new TrustedBrand(7, BrandId.of("gom-bat-trang"), "Gốm sứ Bát Tràng");
    VillageAuthority authority = VillageAuthority.of(
        AuthorityProfile.of(
            "battrang-association",
            "Hiệp hội Gốm sứ Bát Tràng",
            "HTTPS://BATTRANG.VN/T/",
            List.of(brand)),
        root);
    MemberCertificate certificate = authority.certifyMember(
        member.publicKey(),
        ProducerId.of("xuong-gom-minh-long"),
        List.of(7),
        List.of(),
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2027, 12, 31));
    byte[] list = authority
        .trustList()
        .sequence(1)
        .addMember(certificate)
        .publish(Clock.fixed(ISSUED, ZoneOffset.UTC));
    TrustStore store = TrustStore.pinning(List.of(root.publicKey()));
    TrustListUpdate update = store.update(list, ISSUED);
    if (!update.isAccepted()) {
      throw new IllegalStateException("trust list refused: " + update);
    }
    verifier = TagVerifier.builder()
        .trustStore(store)
        .clock(Clock.fixed(ISSUED.plus(Duration.ofDays(1)), ZoneOffset.UTC))
        .build();
    issuer = TagIssuer.builder()
        .signer(member)
        .prefix(TagPrefix.of("HTTPS://BATTRANG.VN/T/"))
        .build();
    claims = TagClaims.builder()
        .serial(TagSerial.of(HexFormat.of().parseHex("27d0d98ba0d9af0e9b2b")))
        .sku(Sku.of("BT-VASE-0042"))
        .batch("240")
        .dateMade(LocalDate.of(2026, 10, 30))
        .brandCode(7)
        .build();
    IssuedTag tag = issuer.issue(claims);
    scannedText = tag.text();
    signedBytes = tag.sigStructure();
    signature = tag.signature();
    if (!(verifier.verify(scannedText) instanceof TagVerdict.Genuine)) {
      throw new IllegalStateException("the benchmark tag does not verify");
    }
  }

  /** Building block: Bouncy Castle Ed25519 verify with the raw public key (one-shot call). */
  @Benchmark
  public boolean bcEd25519VerifyRawKey() {
    return Ed25519.verify(signature, 0, memberPublicKey, 0, signedBytes, 0, signedBytes.length);
  }

  /** Building block: Bouncy Castle Ed25519 verify with the public key decoded in advance. */
  @Benchmark
  public boolean bcEd25519VerifyDecodedKey() {
    return Ed25519.verify(signature, 0, memberPublicPoint, signedBytes, 0, signedBytes.length);
  }

  /** CraftMark: the whole verification from the scanned text to a verdict. */
  @Benchmark
  public TagVerdict verifyFromScannedText() {
    return verifier.verify(scannedText);
  }

  /** Building block: Bouncy Castle Ed25519 sign alone (public key supplied, not recomputed). */
  @Benchmark
  public byte[] bcEd25519Sign() {
    Ed25519.sign(
        memberSeed, 0, memberPublicKey, 0, signedBytes, 0, signedBytes.length, signatureOut, 0);
    return signatureOut;
  }

  /** Building block: ZXing's plain (single-mode) encoder of the tag's text alone. */
  @Benchmark
  public QRCode zxingPlainEncode() throws WriterException {
    return Encoder.encode(scannedText, ErrorCorrectionLevel.M);
  }

  /** Building blocks together: Ed25519 sign plus ZXing's plain encode of the same text. */
  @Benchmark
  public QRCode bcSignPlusZxingPlainEncode() throws WriterException {
    Ed25519.sign(
        memberSeed, 0, memberPublicKey, 0, signedBytes, 0, signedBytes.length, signatureOut, 0);
    return Encoder.encode(scannedText, ErrorCorrectionLevel.M);
  }

  /** CraftMark: issue a tag (claims to CBOR, sign, compact digits) and build its QR matrix. */
  @Benchmark
  public QrCode issueToQrMatrix() {
    return issuer.issue(claims).toQrCode(ErrorCorrection.M);
  }

  /** CraftMark: the QR matrix alone, from an already issued tag's text (mixed segments). */
  @Benchmark
  public QrCode compactQrEncode() {
    int cut = scannedText.lastIndexOf('/') + 1;
    return QrCode.encode(
        scannedText.substring(0, cut), scannedText.substring(cut), ErrorCorrection.M);
  }

  private static TagKeyPair ed25519FromSeed(byte[] seed) {
    // PKCS#8 for Ed25519 (RFC 8410): a fixed 16-byte header, then the 32-byte seed.
    byte[] header = HexFormat.of().parseHex("302e020100300506032b657004220420");
    byte[] der = new byte[header.length + seed.length];
    System.arraycopy(header, 0, der, 0, header.length);
    System.arraycopy(seed, 0, der, header.length, seed.length);
    String pem = "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END PRIVATE KEY-----\n";
    return TagKeyPair.fromPkcs8Pem(pem);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
