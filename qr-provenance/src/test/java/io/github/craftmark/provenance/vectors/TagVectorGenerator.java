package io.github.craftmark.provenance.vectors;

import static io.github.craftmark.provenance.vectors.VectorTrust.BAT_TRANG_LONG_PREFIX;
import static io.github.craftmark.provenance.vectors.VectorTrust.BAT_TRANG_PREFIX;
import static io.github.craftmark.provenance.vectors.VectorTrust.CHU_DAU_KEY;
import static io.github.craftmark.provenance.vectors.VectorTrust.HOA_SEN_KEY;
import static io.github.craftmark.provenance.vectors.VectorTrust.LUA_HA_DONG_KEY;
import static io.github.craftmark.provenance.vectors.VectorTrust.MINH_LONG_KEY;
import static io.github.craftmark.provenance.vectors.VectorTrust.OUTSIDER_KEY;
import static io.github.craftmark.provenance.vectors.VectorTrust.REVOKED_KEY;
import static io.github.craftmark.provenance.vectors.VectorTrust.VAN_PHUC_PREFIX;
import static io.github.craftmark.provenance.vectors.VectorTrust.VAN_PHUC_WEAVER_KEY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.provenance.internal.cose.CoseSign1;
import io.github.craftmark.provenance.internal.qr.PngWriter;
import io.github.craftmark.provenance.internal.tag.DecimalDigits;
import io.github.craftmark.provenance.internal.tag.TagText;
import io.github.craftmark.provenance.internal.trust.TrustCodec;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.qr.ErrorCorrection;
import io.github.craftmark.provenance.qr.QrCode;
import io.github.craftmark.provenance.qr.QrImageOptions;
import io.github.craftmark.provenance.qr.QrImages;
import io.github.craftmark.provenance.tag.ClaimCommitment;
import io.github.craftmark.provenance.tag.IssuedTag;
import io.github.craftmark.provenance.tag.RejectionReason;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.TagIssuer;
import io.github.craftmark.provenance.tag.TagPrefix;
import io.github.craftmark.provenance.tag.TagSerial;
import io.github.craftmark.provenance.trust.MemberCertificate;
import io.github.craftmark.provenance.trust.VillageAuthority;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes the known-answer vectors of the signed tag format under {@code
 * src/test/resources/vectors/}, in the shape of the EU DCC test data: one JSON file per case, a
 * field per stage of the pipeline, the test context, and three-state expected results.
 *
 * <p>Everything is fixed, so the files come out byte for byte the same on every run: keys derived
 * from names ({@link VectorKeys}), Ed25519 and RFC 6979 ES256 signatures, fixed clocks, seeded
 * noise, our deterministic PNG writer. {@code TagVectorsTest} checks that, and {@code
 * RegenerateTagVectorsTest} (run with {@code -Dvectors.regenerate=true}) rewrites the files.
 *
 * <p>Every expected result is written down here case by case, never read back from our verifier:
 * the vectors test our code, not the other way round.
 */
final class TagVectorGenerator {
  static final String VALID_DIR = "VN/2DCode/raw/";
  static final String COMMON_DIR = "common/2DCode/raw/";
  static final String KEYS_DIR = "keys/";
  static final String INDEX = "TestsList.md";

  /** The stages' flags, in pipeline order: the order they appear in {@code EXPECTEDRESULTS}. */
  static final List<String> FLAGS = List.of(
      "EXPECTEDVALIDOBJECT",
      "EXPECTEDENCODE",
      "EXPECTEDPICTUREDECODE",
      "EXPECTEDUNPREFIX",
      "EXPECTEDDIGITSDECODE",
      "EXPECTEDREBUILD",
      "EXPECTEDVERIFY",
      "EXPECTEDDECODE",
      "EXPECTEDSCHEMAVALIDATION",
      "EXPECTEDVALIDJSON",
      "EXPECTEDTRUSTLIST",
      "EXPECTEDEXPIRATIONCHECK",
      "EXPECTEDKEYUSAGE",
      "EXPECTEDTRUST");

  static final String REASON = "EXPECTEDREASON";

  /** The layers of the negative cases: file-name letters and what they test. */
  static final Map<String, String> LAYERS = layers();

  private static final HexFormat HEX = HexFormat.of();
  private static final QrImageOptions PNG_OPTIONS = new QrImageOptions(4, 4);
  private static final TagSerial SERIAL = TagSerial.of(HEX.parseHex("27d0d98ba0d9af0e9b2b"));
  private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

  private final List<Vector> vectors = new ArrayList<>();
  private final Map<String, Integer> counters = new LinkedHashMap<>();

  private TagVectorGenerator() {}

  private static Map<String, String> layers() {
    Map<String, String> layers = new LinkedHashMap<>();
    layers.put("Q", "picture: the image holds no readable QR code");
    layers.put("H", "prefix and profile digit (the DCC context header)");
    layers.put("DIG", "decimal digits (in place of the DCC's BASE45)");
    layers.put("CO", "COSE_Sign1 and the compact bytes: key id, algorithm, signature");
    layers.put("CBO", "CBOR encoding of the claims");
    layers.put("TAG", "claims rules (in place of the DCC's schema, DGC)");
    layers.put("TR", "trust: member certificates, trust list, revocation");
    return layers;
  }

  /**
   * Makes every file of the suite.
   *
   * @return the files' bytes by path under {@code vectors/}, sorted by path
   */
  static SortedMap<String, byte[]> generate() {
    TagVectorGenerator g = new TagVectorGenerator();
    g.valid();
    g.picture();
    g.prefix();
    g.digits();
    g.cose();
    g.cbor();
    g.claims();
    g.trust();
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (Vector v : g.vectors) {
      files.put(v.path(), v.toJson());
    }
    for (Map.Entry<String, TagKeyPair> key : VectorTrust.keysByName().entrySet()) {
      files.put(
          KEYS_DIR + key.getKey() + ".pem",
          key.getValue().toUnencryptedPkcs8Pem().getBytes(StandardCharsets.UTF_8));
    }
    files.put(INDEX, g.index());
    return files;
  }

  /** Replaces the suite under {@code root} with freshly generated files. */
  static void writeTo(Path root) throws IOException {
    SortedMap<String, byte[]> files = generate();
    if (Files.isDirectory(root)) {
      try (Stream<Path> old = Files.walk(root)) {
        for (Path p : old.filter(Files::isRegularFile).toList()) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent() == null ? root : path.getParent());
      Files.write(path, file.getValue());
    }
  }

  // ---- VALID cases ---------------------------------------------------------------------------

  private void valid() {
    validTag(
        "the default tag: Ed25519, 10-byte serial, 12-character packed SKU, uint batch 240, brand 7;"
            + " QR version 7 at level M",
        MINH_LONG_KEY,
        vase().build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "the default tag signed with ES256 (P-256, raw r‖s) by a member restricted to ceramics",
        HOA_SEN_KEY,
        vase().category(CraftCategory.CERAMICS).build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "every optional claim, Ed25519: GTIN-13, text batch, OCOP 4 stars and certificate with"
            + " Vietnamese letters, claim-code commitment, category; level Q",
        MINH_LONG_KEY,
        everyClaim(7, StarRating.FOUR).build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.Q);
    validTag(
        "every optional claim, ES256: brand 8, OCOP 5 stars; level H",
        HOA_SEN_KEY,
        everyClaim(8, StarRating.FIVE).build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.H);
    validTag(
        "SKU that cannot be packed (lower case and '_') written as text, key 3; level L",
        MINH_LONG_KEY,
        vase().sku(Sku.of("bt_vase-42")).build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.L);
    validTag(
        "one-symbol SKU: packed into one byte",
        MINH_LONG_KEY,
        vase().sku(Sku.of("7")).build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "two-symbol SKU: packed into the 16-bit range 59319..60839",
        MINH_LONG_KEY,
        vase().sku(Sku.of("Z9")).build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    String longSku = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-./BT-VASE-0042.ML/2025-07XY";
    validTag(
        "64-character SKU using all 39 packable symbols: packed into 43 bytes",
        MINH_LONG_KEY,
        vase().sku(Sku.of(longSku)).build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "GTIN-8 (EXAMPLE 96385074), carried as its GTIN-14 form",
        MINH_LONG_KEY,
        vase().gtin(Gtin.of("96385074")).build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.L);
    validTag(
        "SKU with '.' and '/', signed by a second Ed25519 member",
        CHU_DAU_KEY,
        vase().sku(Sku.of("CD/BAT.01")).batch("17").build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "batch \"1\": the smallest uint batch",
        MINH_LONG_KEY,
        vase().batch("1").build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "batch \"9223372036854775807\" (2^63 - 1): the largest uint batch, 8-byte integer",
        MINH_LONG_KEY,
        vase().batch("9223372036854775807").build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "batch \"9223372036854775808\" (2^63): one above the uint range, so written as text",
        MINH_LONG_KEY,
        vase().batch("9223372036854775808").build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "batch \"0042\": digits with a leading zero are written as text",
        MINH_LONG_KEY,
        vase().batch("0042").build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "batch of 20 characters, the longest",
        MINH_LONG_KEY,
        vase().batch("LOT-2025-07-BT-00001").build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "date made 2000-01-01: the earliest date, and the first day of the member's validity",
        MINH_LONG_KEY,
        vase().dateMade(TagClaims.MIN_DATE_MADE).build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.Q);
    validTag(
        "date made 2199-12-31: the latest date, and the last day of the member's validity",
        MINH_LONG_KEY,
        vase().dateMade(TagClaims.MAX_DATE_MADE).build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "date made 2025-01-01: the first day of the ES256 member's validity",
        HOA_SEN_KEY,
        vase().dateMade(VectorTrust.FROM).category(CraftCategory.CERAMICS).build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "date made 2026-12-31: the last day of the ES256 member's validity",
        HOA_SEN_KEY,
        vase().dateMade(VectorTrust.UNTIL).category(CraftCategory.CERAMICS).build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "8-byte serial, the shortest",
        MINH_LONG_KEY,
        vase().serial(TagSerial.of(HEX.parseHex("0001020304050607"))).build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "16-byte serial, the longest, ES256",
        HOA_SEN_KEY,
        vase()
            .serial(TagSerial.of(HEX.parseHex("f0e1d2c3b4a5968778695a4b3c2d1e0f")))
            .category(CraftCategory.CERAMICS)
            .build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "brand code 0, the smallest",
        MINH_LONG_KEY,
        vase().brandCode(0).build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "brand code 65535, the largest; level H",
        MINH_LONG_KEY,
        vase().brandCode(65_535).build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.H);
    validTag(
        "OCOP 3 stars without a certificate reference",
        MINH_LONG_KEY,
        vase().ocopStars(StarRating.THREE).build(),
        BAT_TRANG_PREFIX,
        ErrorCorrection.M);
    validTag(
        "another village and prefix: Vạn Phúc silk, ES256 member restricted to embroidery and"
            + " silk, trust list signed with an ES256 root; level Q",
        LUA_HA_DONG_KEY,
        vase()
            .sku(Sku.of("VP-KHAN-LUA-07"))
            .brandCode(1)
            .category(CraftCategory.SILK)
            .build(),
        VAN_PHUC_PREFIX,
        ErrorCorrection.Q);
    validTag(
        "Vạn Phúc, Ed25519 member allowed any category, no category claimed; level H",
        VAN_PHUC_WEAVER_KEY,
        vase().sku(Sku.of("VP-AO-DAI-01")).brandCode(1).build(),
        VAN_PHUC_PREFIX,
        ErrorCorrection.H);
    validTag(
        "the authority's second verify prefix: host with a port, two path segments",
        MINH_LONG_KEY,
        vase().build(),
        BAT_TRANG_LONG_PREFIX,
        ErrorCorrection.M);
  }

  private void validTag(
      String description, TagKeyPair key, TagClaims claims, String prefix, ErrorCorrection level) {
    Signed tag = issue(key, claims, prefix);
    Vector v = vector(null, "VALID: " + description, key, tag);
    v.json = ClaimsJson.toJson(claims);
    v.picture(tag.qr(level));
    v.allTrue();
  }

  // ---- Q: picture ----------------------------------------------------------------------------

  private void picture() {
    Signed tag = defaultTag();
    Vector noise = vector("Q", "INVALID: picture: seeded random noise, no QR code", null, null);
    noise.png = noisePng(264, 264, new Random(20250701L));
    noise.picture(false).reason(RejectionReason.UNREADABLE_IMAGE);

    Vector blank = vector("Q", "INVALID: picture: a blank white image", null, null);
    blank.png = PngWriter.grey1(200, 200, new byte[25 * 200]);
    blank.picture(false).reason(RejectionReason.UNREADABLE_IMAGE);

    Vector half = vector(
        "Q",
        "INVALID: picture: the default tag's QR code with its right half cut away",
        MINH_LONG_KEY,
        null);
    half.text = tag.text();
    half.png = croppedPng(tag.qr(ErrorCorrection.M));
    half.picture(false).reason(RejectionReason.UNREADABLE_IMAGE);

    Vector truncated = vector(
        "Q",
        "INVALID: picture: the default tag's PNG file cut after its first half",
        MINH_LONG_KEY,
        null);
    byte[] full = QrImages.toPng(tag.qr(ErrorCorrection.M), PNG_OPTIONS);
    truncated.text = tag.text();
    truncated.png = Arrays.copyOf(full, full.length / 2);
    truncated.picture(false).reason(RejectionReason.UNREADABLE_IMAGE);

    Vector notImage = vector(
        "Q",
        "INVALID: picture: not an image at all, the tag's text as a file",
        MINH_LONG_KEY,
        null);
    notImage.text = tag.text();
    notImage.png = tag.text().getBytes(StandardCharsets.US_ASCII);
    notImage.picture(false).reason(RejectionReason.UNREADABLE_IMAGE);
  }

  // ---- H: prefix and profile digit -----------------------------------------------------------

  private void prefix() {
    Signed tag = defaultTag();
    String digits = tag.digits();
    badPrefix("wrong scheme HTTP://", "HTTP://BATTRANG.VN/T/1" + digits, tag, true);
    badPrefix("no scheme", "BATTRANG.VN/T/1" + digits, tag, true);
    unsupported("unknown profile digit 3", "HTTPS://BATTRANG.VN/T/3" + digits, tag);
    unsupported("reserved profile digit 0", "HTTPS://BATTRANG.VN/T/0" + digits, tag);
    badPrefix(
        "missing slash between the path and the profile digit",
        "HTTPS://BATTRANG.VN/T1" + digits,
        tag,
        true);
    badPrefix("no path segment", "HTTPS://BATTRANG.VN/1" + digits, tag, true);
    badPrefix(
        "a letter where the profile digit belongs", "HTTPS://BATTRANG.VN/T/X" + digits, tag, true);
    badPrefix("the prefix alone, no profile digit", BAT_TRANG_PREFIX, tag, false);
    badPrefix(
        "'_' in the host, outside the prefix alphabet",
        "HTTPS://BAT_TRANG.VN/T/1" + digits,
        tag,
        true);
    badPrefix("path segment '..'", "HTTPS://BATTRANG.VN/../1" + digits, tag, true);

    // The prefix is compared without regard to ASCII case: browsers lower-case scheme and host.
    Vector lower = vector(
        "H",
        "VALID: prefix in lower case (as a browser passes it on): read without regard to case;"
            + " QR in byte mode",
        MINH_LONG_KEY,
        tag);
    lower.text = "https://battrang.vn/t/1" + digits;
    lower.json = ClaimsJson.toJson(tag.claims);
    lower.picture(QrCode.encodeText(lower.text, ErrorCorrection.M));
    lower.allTrue();
  }

  private void badPrefix(String what, String text, Signed tag, boolean digitsIntact) {
    Vector v = vector("H", "INVALID: prefix: " + what, MINH_LONG_KEY, null);
    v.text = text;
    if (digitsIntact) {
      v.digits = tag.digits();
      v.compact = tag.compact();
      v.flag("EXPECTEDDIGITSDECODE", true);
    }
    v.flag("EXPECTEDUNPREFIX", false).reason(RejectionReason.MALFORMED);
  }

  private void unsupported(String what, String text, Signed tag) {
    Vector v = vector("H", "INVALID: profile: " + what, MINH_LONG_KEY, null);
    v.text = text;
    v.digits = tag.digits();
    v.compact = tag.compact();
    v.flag("EXPECTEDDIGITSDECODE", true);
    v.flag("EXPECTEDUNPREFIX", false).reason(RejectionReason.UNSUPPORTED_VERSION);
  }

  // ---- DIG: decimal digits -------------------------------------------------------------------

  private void digits() {
    Signed tag = defaultTag();
    String head = BAT_TRANG_PREFIX + "1";
    String digits = tag.digits();
    badDigits("a letter among the digits", head, replaceAt(digits, 100, 'A'));
    badDigits("a space among the digits", head, replaceAt(digits, 100, ' '));
    badDigits(
        "a full-width digit (U+FF15) among the digits: only ASCII 0-9 count",
        head,
        replaceAt(digits, 100, '\uFF15'));
    badDigits(
        "248 digits: no byte count has that many (d(102) = 246, d(103) = 249)",
        head,
        digits.substring(1));
    badDigits("249 nines: the value is not below 2^(8·103)", head, "9".repeat(249));
    String tooLarge = BigInteger.ONE.shiftLeft(8 * 103).toString();
    badDigits(
        "the value 2^(8·103) in 249 digits: one too large",
        head,
        "0".repeat(249 - tooLarge.length()) + tooLarge);
    badDigits(
        "72 bytes (174 digits): key id and signature without any claims, below the 73-byte"
            + " minimum",
        head,
        DecimalDigits.encode(Arrays.copyOf(tag.compact(), 72)));
    byte[] big = new byte[401];
    System.arraycopy(tag.compact(), 0, big, 0, tag.compact().length);
    badDigits(
        "401 bytes (966 digits): above the 400-byte maximum", head, DecimalDigits.encode(big));
    badDigits(
        "1,072 characters in all: longer than any tag (1,029), refused before any other work",
        head,
        digits + "0".repeat(800));
    badDigits("no digits after the profile digit", head, "");
  }

  private void badDigits(String what, String head, String digits) {
    Vector v = vector("DIG", "INVALID: digits: " + what, MINH_LONG_KEY, null);
    v.text = head + digits;
    v.digits = digits;
    v.flag("EXPECTEDUNPREFIX", true)
        .flag("EXPECTEDDIGITSDECODE", false)
        .reason(RejectionReason.MALFORMED);
  }

  // ---- CO: COSE and compact bytes ------------------------------------------------------------

  private void cose() {
    Signed ed = defaultTag();
    Signed es =
        issue(HOA_SEN_KEY, vase().category(CraftCategory.CERAMICS).build(), BAT_TRANG_PREFIX);

    Signed truncated = ed.withSignature(Arrays.copyOf(ed.signature, 63));
    Vector v =
        coseVector("signature cut to 63 bytes: the compact bytes no longer split", ed, truncated);
    v.flag("EXPECTEDREBUILD", false)
        .flag("EXPECTEDVERIFY", false)
        .flag("EXPECTEDVALIDJSON", false)
        .reason(RejectionReason.MALFORMED);

    badSignature(
        "Ed25519 signature with one bit flipped", ed, ed.withSignature(flip(ed.signature, 17)));
    badSignature(
        "ES256 signature with one bit flipped", es, es.withSignature(flip(es.signature, 40)));
    badSignature(
        "key id of another trusted Ed25519 member: the signature does not verify with its key",
        ed,
        ed.withKeyId(CHU_DAU_KEY.keyId()));
    Vector zeroKid =
        coseVector("key id of no trusted key (all zero)", ed, ed.withKeyId(KeyId.of(new byte[8])));
    zeroKid.formatTrue().flag("EXPECTEDVERIFY", false).reason(RejectionReason.UNKNOWN_ISSUER);
    // Read as ES256, this Ed25519 signature's second half is above n/2: refused as non-canonical
    // before any key is tried.
    nonCanonical(
        "profile digit 2 (ES256) on an Ed25519 tag: its s half is not a canonical low s",
        ed,
        ed.withAlgorithm(SignatureAlgorithm.ES256),
        false);
    badSignature(
        "Ed25519 signature over the payload alone instead of the Sig_structure",
        ed,
        ed.withSignature(MINH_LONG_KEY.sign(ed.payload)));
    badSignature(
        "Ed25519 signature over a Sig_structure whose external_aad is the member certificate"
            + " context (signatures of one object never pass for another)",
        ed,
        ed.withSignature(MINH_LONG_KEY.sign(CoseSign1.sigStructure(
            ed.protectedHeader(), TrustCodec.CERTIFICATE_CONTEXT, ed.payload))));

    byte[] der = derSignature(es.signature);
    Signed withDer = es.withSignature(der);
    Vector dv = coseVector(
        "ES256 signature DER-encoded (" + der.length + " bytes) instead of raw r‖s", es, withDer);
    dv.flag("EXPECTEDREBUILD", false)
        .flag("EXPECTEDVERIFY", false)
        .flag("EXPECTEDVALIDJSON", false)
        .reason(RejectionReason.MALFORMED);

    BigInteger n = p256Order();
    byte[] s = Arrays.copyOfRange(es.signature, 32, 64);
    badSignature("ES256 signature with r = 0", es, es.withSignature(concat(new byte[32], s)));
    nonCanonical(
        "ES256 signature with s = n, the group order (out of range)",
        es,
        es.withSignature(concat(Arrays.copyOf(es.signature, 32), fixed32(n))),
        false);
    badSignature("Ed25519 signature of 64 zero bytes", ed, ed.withSignature(new byte[64]));

    // ECDSA signatures are malleable: (r, n - s) verifies too. The format makes the tag text
    // canonical: issuers write the low s, readers refuse the high one (docs/tag-format.md).
    BigInteger high = n.subtract(new BigInteger(1, s));
    nonCanonical(
        "ES256 signature with s replaced by n - s (the high-s twin): not canonical",
        es,
        es.withSignature(concat(Arrays.copyOf(es.signature, 32), fixed32(high))),
        true);
  }

  private Vector coseVector(String what, Signed original, Signed sent) {
    TagKeyPair signer = original.signer;
    Vector v = vector("CO", "INVALID: COSE: " + what, signer, sent);
    v.json = ClaimsJson.toJson(original.claims);
    v.flag("EXPECTEDUNPREFIX", true).flag("EXPECTEDDIGITSDECODE", true);
    return v;
  }

  /**
   * An ES256 signature whose s is not in the low half: the COSE rebuilds, and the signature may
   * even verify mathematically (the high-s twin), but the reader refuses it as non-canonical.
   */
  private void nonCanonical(
      String what, Signed original, Signed sent, boolean signatureVerifiesMathematically) {
    coseVector(what, original, sent)
        .flag("EXPECTEDREBUILD", true)
        .flag("EXPECTEDVERIFY", signatureVerifiesMathematically)
        .flag("EXPECTEDVALIDJSON", false)
        .reason(RejectionReason.MALFORMED);
  }

  private void badSignature(String what, Signed original, Signed sent) {
    Vector v = coseVector(what, original, sent);
    v.formatTrue().flag("EXPECTEDVERIFY", false).reason(RejectionReason.BAD_SIGNATURE);
  }

  // ---- CBO: CBOR encoding --------------------------------------------------------------------

  private void cbor() {
    String serial = "014a" + HEX.formatHex(SERIAL.toBytes());
    String sku = "0248" + "45eab9d158aa009e";
    String batch = "0518f0";
    String date = "06194f2e";
    String brand = "0707";
    badCbor("map keys out of order (6 before 5)", 6, serial + sku + date + batch + brand, true);
    badCbor("key 5 twice", 7, serial + sku + batch + "0518f1" + date + brand, true);
    badCbor(
        "indefinite-length byte string for the serial",
        6,
        "015f4a" + HEX.formatHex(SERIAL.toBytes()) + "ff" + sku + batch + date + brand,
        false);
    badCbor(
        "a byte after the map (trailing bytes)",
        6,
        serial + sku + batch + date + brand + "00",
        false);
    badCbor(
        "unknown key 12 (format v1 is closed)",
        7,
        serial + sku + batch + date + brand + "0c01",
        true);
    badCbor(
        "brand 7 in two bytes (18 07): not the shortest integer",
        6,
        serial + sku + batch + date + "071807",
        true);
    badCbor(
        "serial length in two bytes (58 0a): not the shortest length",
        6,
        "01580a" + HEX.formatHex(SERIAL.toBytes()) + sku + batch + date + brand,
        true);
    badCbor(
        "date made as a half-precision float", 6, serial + sku + batch + "06f97c00" + brand, false);
    badCbor(
        "date made wrapped in tag 1 (epoch time)",
        6,
        serial + sku + batch + "06c1194f2e" + brand,
        false);
    badCbor("invalid UTF-8 in a text batch", 6, serial + sku + "0563fffefd" + date + brand, true);
    badCbor("negative integer key -1", 7, serial + sku + batch + date + brand + "2001", true);
    badCbor(
        "11 pairs: more than format v1 can hold",
        11,
        serial + sku + "041b000008203fc74ae2" + batch + date + brand + "0804" + "0963414243"
            + "0a50" + "00".repeat(16) + "0b68636572616d696373",
        false);
    badCbor("an array as the batch value", 6, serial + sku + "058118f0" + date + brand, false);
    badCbor(
        "a byte string that runs past the end", 6, serial + sku + batch + date + "0745ff", false);
  }

  /**
   * A tag whose claims CBOR is broken, signed correctly by a trusted member: the signature is
   * valid, the tag is still malformed, and a reader must say so before checking the signature.
   */
  private void badCbor(String what, int pairs, String entriesHex, boolean rebuilds) {
    Signed tag = signRaw(MINH_LONG_KEY, pairs, HEX.parseHex(entriesHex), BAT_TRANG_PREFIX);
    Vector v = vector(
        "CBO", "INVALID: CBOR: " + what + "; signed by a trusted member", MINH_LONG_KEY, tag);
    v.flag("EXPECTEDUNPREFIX", true)
        .flag("EXPECTEDDIGITSDECODE", true)
        .flag("EXPECTEDREBUILD", rebuilds)
        .flag("EXPECTEDVERIFY", true)
        .flag("EXPECTEDDECODE", false)
        .flag("EXPECTEDVALIDJSON", false)
        .reason(RejectionReason.MALFORMED);
  }

  // ---- TAG: claims rules ---------------------------------------------------------------------

  private void claims() {
    String serial = "014a" + HEX.formatHex(SERIAL.toBytes());
    String sku = "0248" + "45eab9d158aa009e";
    String batch = "0518f0";
    String date = "06194f2e";
    String brand = "0707";
    ObjectNode base = ClaimsJson.toJson(vase().build());

    badClaims(
        "date made 1999-12-31 (day 10956), before 2000-01-01",
        6,
        serial + sku + batch + "06192acc" + brand,
        with(base, j -> j.put("date_made", "1999-12-31")));
    badClaims(
        "date made 2200-01-01 (day 84006), after 2199-12-31",
        6,
        serial + sku + batch + "061a00014826" + brand,
        with(base, j -> j.put("date_made", "2200-01-01")));
    badClaims(
        "serial of 7 bytes, too short",
        6,
        "0147" + "00010203040506" + sku + batch + date + brand,
        with(base, j -> j.put("serial", "00010203040506")));
    badClaims(
        "serial of 17 bytes, too long",
        6,
        "0151" + "000102030405060708090a0b0c0d0e0f10" + sku + batch + date + brand,
        with(base, j -> j.put("serial", "000102030405060708090a0b0c0d0e0f10")));
    badClaims(
        "no product reference (none of keys 2, 3, 4)",
        5,
        serial + batch + date + brand,
        with(base, j -> j.remove("sku")));
    badClaims(
        "two product references (keys 2 and 4)",
        7,
        serial + sku + "041b000008203fc74ae2" + batch + date + brand,
        with(base, j -> j.put("gtin", "08934602001122")));
    badClaims(
        "serial as a text string instead of a byte string",
        6,
        "016a" + HEX.formatHex("27D0D98BA0".getBytes(StandardCharsets.US_ASCII)) + sku + batch
            + date + brand,
        null);
    badClaims(
        "OCOP stars 6 (3..5)",
        7,
        serial + sku + batch + date + brand + "0806",
        with(base, j -> j.put("ocop_stars", 6)));
    badClaims(
        "brand code 65536 (0..65535)",
        6,
        serial + sku + batch + date + "071a00010000",
        with(base, j -> j.put("brand_code", 65_536)));
    badClaims(
        "GTIN 08934602001123: wrong check digit",
        6,
        serial + "041b000008203fc74ae3" + batch + date + brand,
        with(base, j -> {
          j.remove("sku");
          j.put("gtin", "08934602001123");
        }));
    badClaims(
        "GTIN above 14 digits (100000000000000)",
        6,
        serial + "041b00005af3107a4000" + batch + date + brand,
        null);
    badClaims(
        "batch in lower case (\"l-17\")",
        6,
        serial + sku + "05646c2d3137" + date + brand,
        with(base, j -> j.put("batch", "l-17")));
    badClaims(
        "no date made (key 6)",
        5,
        serial + sku + batch + brand,
        with(base, j -> j.remove("date_made")));
    badClaims(
        "OCOP certificate reference with a leading space",
        7,
        serial + sku + batch + date + brand + "096420313233",
        with(base, j -> j.put("ocop_certificate", " 123")));
    badClaims(
        "claim-code commitment of 15 bytes (16 required)",
        7,
        serial + sku + batch + date + brand + "0a4f" + "11".repeat(15),
        with(base, j -> j.put("claim_commitment", "11".repeat(15))));
    badClaims(
        "packed SKU ending in the 16-bit value 60840, above 60839",
        6,
        serial + "0242" + "eda8" + batch + date + brand,
        null);

    // These claims are valid values in the wrong encoding: the JSON is a valid object, but
    // encoding it gives other CBOR (every claim set has exactly one encoding).
    ObjectNode zero = with(base, j -> j.put("batch", "0"));
    wrongEncoding(
        "batch 0 as a uint (a batch of 0 is text)", 6, serial + sku + "0500" + date + brand, zero);
    ObjectNode numeric = base.deepCopy();
    wrongEncoding(
        "numeric batch 240 written as text \"240\"",
        6,
        serial + sku + "0563323430" + date + brand,
        numeric);
    wrongEncoding(
        "packable SKU written as text (key 3)",
        6,
        serial + "036c" + HEX.formatHex("BT-VASE-0042".getBytes(StandardCharsets.US_ASCII)) + batch
            + date + brand,
        base.deepCopy());
  }

  private void badClaims(String what, int pairs, String entriesHex, ObjectNode json) {
    Vector v = claimsVector(what, pairs, entriesHex, json);
    if (json != null) {
      v.flag("EXPECTEDVALIDOBJECT", false);
    }
  }

  private void wrongEncoding(String what, int pairs, String entriesHex, ObjectNode json) {
    Vector v = claimsVector(what, pairs, entriesHex, json);
    v.flag("EXPECTEDVALIDOBJECT", true).flag("EXPECTEDENCODE", false);
  }

  private Vector claimsVector(String what, int pairs, String entriesHex, ObjectNode json) {
    Signed tag = signRaw(MINH_LONG_KEY, pairs, HEX.parseHex(entriesHex), BAT_TRANG_PREFIX);
    Vector v = vector(
        "TAG", "INVALID: claims: " + what + "; signed by a trusted member", MINH_LONG_KEY, tag);
    v.json = json;
    v.flag("EXPECTEDUNPREFIX", true)
        .flag("EXPECTEDDIGITSDECODE", true)
        .flag("EXPECTEDREBUILD", true)
        .flag("EXPECTEDVERIFY", true)
        .flag("EXPECTEDDECODE", true)
        .flag("EXPECTEDSCHEMAVALIDATION", false)
        .flag("EXPECTEDVALIDJSON", false)
        .reason(RejectionReason.MALFORMED);
    return v;
  }

  // ---- TR: trust -----------------------------------------------------------------------------

  private void trust() {
    Vector unknown = trustVector(
        "signed by a key no authority certified",
        OUTSIDER_KEY,
        vase().build(),
        RejectionReason.UNKNOWN_ISSUER);
    unknown.certificate = null;

    Signed genuine = defaultTag();
    byte[] compact = genuine.compact();
    // The date made (day 20270, 4F 2E) is the second-to-last pair; add one day without signing.
    byte[] tamperedEntries = genuine.entries.clone();
    tamperedEntries[tamperedEntries.length - 3] = 0x2f;
    Signed tampered = genuine.withEntries(tamperedEntries);
    Vector tv = vector(
        "TR",
        "INVALID: trust: date made changed by one day after signing",
        MINH_LONG_KEY,
        tampered);
    tv.json = ClaimsJson.toJson(vase().dateMade(JULY_1.plusDays(1)).build());
    tv.formatTrue()
        .flag("EXPECTEDVERIFY", false)
        .flag("EXPECTEDTRUSTLIST", true)
        .flag("EXPECTEDTRUST", false)
        .reason(RejectionReason.BAD_SIGNATURE);
    if (compact.length != tampered.compact().length) {
      throw new IllegalStateException("tampering changed the length");
    }

    trustVector(
            "the member's key is revoked (tag made before the revocation)",
            REVOKED_KEY,
            vase().dateMade(LocalDate.of(2025, 5, 1)).build(),
            RejectionReason.ISSUER_REVOKED)
        .flag("EXPECTEDEXPIRATIONCHECK", true)
        .flag("EXPECTEDKEYUSAGE", true);
    trustVector(
            "date made 2024-12-31, the day before the member's validity",
            HOA_SEN_KEY,
            vase()
                .dateMade(LocalDate.of(2024, 12, 31))
                .category(CraftCategory.CERAMICS)
                .build(),
            RejectionReason.ISSUER_OUTSIDE_VALIDITY)
        .flag("EXPECTEDEXPIRATIONCHECK", false)
        .flag("EXPECTEDKEYUSAGE", true);
    trustVector(
            "date made 2027-01-01, the day after the member's validity",
            HOA_SEN_KEY,
            vase()
                .dateMade(LocalDate.of(2027, 1, 1))
                .category(CraftCategory.CERAMICS)
                .build(),
            RejectionReason.ISSUER_OUTSIDE_VALIDITY)
        .flag("EXPECTEDEXPIRATIONCHECK", false)
        .flag("EXPECTEDKEYUSAGE", true);
    trustVector(
            "foreign brand: code 1 is Vạn Phúc's, not in Bát Tràng's table",
            MINH_LONG_KEY,
            vase().brandCode(1).build(),
            RejectionReason.ISSUER_NOT_AUTHORISED_FOR_BRAND)
        .flag("EXPECTEDEXPIRATIONCHECK", true)
        .flag("EXPECTEDKEYUSAGE", false);
    trustVector(
            "brand 8 is in the authority's table but not among the member's brands",
            MINH_LONG_KEY,
            vase().brandCode(8).build(),
            RejectionReason.ISSUER_NOT_AUTHORISED_FOR_BRAND)
        .flag("EXPECTEDEXPIRATIONCHECK", true)
        .flag("EXPECTEDKEYUSAGE", false);
    trustVector(
            "category silk, the member may tag ceramics only",
            HOA_SEN_KEY,
            vase().category(CraftCategory.SILK).build(),
            RejectionReason.ISSUER_NOT_AUTHORISED_FOR_CATEGORY)
        .flag("EXPECTEDEXPIRATIONCHECK", true)
        .flag("EXPECTEDKEYUSAGE", false);
    trustVector(
            "no category, the member may tag ceramics only",
            HOA_SEN_KEY,
            vase().build(),
            RejectionReason.ISSUER_NOT_AUTHORISED_FOR_CATEGORY)
        .flag("EXPECTEDEXPIRATIONCHECK", true)
        .flag("EXPECTEDKEYUSAGE", false);
    trustVector(
            "the tag's serial is on the revoked tags list",
            MINH_LONG_KEY,
            vase().serial(TagSerial.of(VectorTrust.REVOKED_SERIAL)).build(),
            RejectionReason.TAG_REVOKED)
        .flag("EXPECTEDEXPIRATIONCHECK", true)
        .flag("EXPECTEDKEYUSAGE", true);

    Vector stale = trustVector(
        "the trust list is past its next update at the validation clock",
        MINH_LONG_KEY,
        vase().build(),
        RejectionReason.TRUST_LIST_STALE);
    stale.validationClock = VectorTrust.STALE;
    stale.flag("EXPECTEDEXPIRATIONCHECK", false).flag("EXPECTEDKEYUSAGE", true);

    Vector tamperedList = trustVector(
        "one byte of the trust list changed: the verifier refuses the list, so no one is trusted",
        MINH_LONG_KEY,
        vase().build(),
        RejectionReason.UNKNOWN_ISSUER);
    tamperedList.trustList = tamperName(VectorTrust.batTrangList());
    tamperedList.flag("EXPECTEDTRUSTLIST", false);

    Vector impostor = trustVector(
        "the trust list is signed by a root the verifier does not pin",
        MINH_LONG_KEY,
        vase().build(),
        RejectionReason.UNKNOWN_ISSUER);
    impostor.trustList = VectorTrust.impostorList();
    impostor.flag("EXPECTEDTRUSTLIST", false);

    Vector expired = trustVector(
        "the trust list was already past its next update when loaded: the verifier refuses it",
        MINH_LONG_KEY,
        vase().build(),
        RejectionReason.UNKNOWN_ISSUER);
    expired.trustListClock = VectorTrust.STALE;
    expired.validationClock = VectorTrust.STALE;
    expired.flag("EXPECTEDTRUSTLIST", false);

    Vector otherList = trustVector(
        "a Bát Tràng tag, but only Vạn Phúc's trust list is held",
        MINH_LONG_KEY,
        vase().build(),
        RejectionReason.UNKNOWN_ISSUER);
    otherList.authority = VectorTrust.VAN_PHUC;
    otherList.trustList = VectorTrust.vanPhucList();

    // Order of the checks: the first failing one decides.
    Signed flipped = genuine.withSignature(flip(genuine.signature, 17));
    Vector staleAndBad = vector(
        "TR",
        "INVALID: trust: stale list and a bad signature: staleness is checked first",
        MINH_LONG_KEY,
        flipped);
    staleAndBad.json = ClaimsJson.toJson(genuine.claims);
    staleAndBad.validationClock = VectorTrust.STALE;
    staleAndBad
        .formatTrue()
        .flag("EXPECTEDVERIFY", false)
        .flag("EXPECTEDTRUSTLIST", true)
        .flag("EXPECTEDTRUST", false)
        .reason(RejectionReason.TRUST_LIST_STALE);
    trustVector(
            "revoked member and a foreign brand: revocation is checked first",
            REVOKED_KEY,
            vase().dateMade(LocalDate.of(2025, 5, 1)).brandCode(1).build(),
            RejectionReason.ISSUER_REVOKED)
        .flag("EXPECTEDKEYUSAGE", false);
    trustVector(
            "brand and category both not allowed: the brand is checked first",
            HOA_SEN_KEY,
            vase().brandCode(0).category(CraftCategory.SILK).build(),
            RejectionReason.ISSUER_NOT_AUTHORISED_FOR_BRAND)
        .flag("EXPECTEDKEYUSAGE", false);
  }

  private Vector trustVector(
      String what, TagKeyPair key, TagClaims claims, RejectionReason reason) {
    Signed tag = issue(key, claims, BAT_TRANG_PREFIX);
    Vector v = vector("TR", "INVALID: trust: " + what, key, tag);
    v.json = ClaimsJson.toJson(claims);
    v.formatTrue()
        .flag("EXPECTEDVERIFY", true)
        .flag("EXPECTEDTRUSTLIST", true)
        .flag("EXPECTEDTRUST", false)
        .reason(reason);
    return v;
  }

  /** Changes one letter of the authority's name inside the signed list. */
  private static byte[] tamperName(byte[] list) {
    byte[] name = "Bát Tràng".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + name.length <= list.length; i++) {
      if (Arrays.equals(list, i, i + name.length, name, 0, name.length)) {
        byte[] copy = list.clone();
        copy[i] = 'V';
        return copy;
      }
    }
    throw new IllegalStateException("authority name not found in the list");
  }

  // ---- building blocks -----------------------------------------------------------------------

  private static TagClaims.Builder vase() {
    return TagClaims.builder()
        .serial(SERIAL)
        .sku(Sku.of("BT-VASE-0042"))
        .batch("240")
        .dateMade(JULY_1)
        .brandCode(7);
  }

  private static TagClaims.Builder everyClaim(int brand, StarRating stars) {
    return TagClaims.builder()
        .serial(SERIAL)
        .gtin(Gtin.of("8934602001122")) // EXAMPLE GTIN under the GS1 Vietnam prefix 893
        .batch("L-2025-07")
        .dateMade(JULY_1)
        .brandCode(brand)
        .ocopStars(stars)
        .ocopCertificate("EXAMPLE 123/QĐ-UBND")
        .claimCommitment(ClaimCommitment.compute(SERIAL, "XK4P-9QRT"))
        .category(CraftCategory.CERAMICS);
  }

  private static Signed defaultTag() {
    return issue(MINH_LONG_KEY, vase().build(), BAT_TRANG_PREFIX);
  }

  /** Signs through the production issuer, and checks our own assembly gives the same text. */
  private static Signed issue(TagKeyPair key, TagClaims claims, String prefix) {
    IssuedTag issued =
        TagIssuer.builder().signer(key).prefix(TagPrefix.of(prefix)).build().issue(claims);
    byte[] payload = issued.claimsCbor();
    Signed tag = new Signed(
        key,
        key.algorithm(),
        key.keyId(),
        issued.signature(),
        payload,
        Arrays.copyOfRange(payload, 3, payload.length),
        prefix,
        claims);
    if (!tag.text().equals(issued.text()) || !Arrays.equals(tag.cose(), issued.coseSign1())) {
      throw new IllegalStateException("the generator and the issuer disagree on " + claims);
    }
    return tag;
  }

  /** Signs claims CBOR made by hand: the map head counts {@code pairs}, version included. */
  private static Signed signRaw(TagKeyPair key, int pairs, byte[] entries, String prefix) {
    byte[] payload = new byte[3 + entries.length];
    payload[0] = (byte) (0xA0 + pairs);
    payload[1] = 0x00;
    payload[2] = 0x01;
    System.arraycopy(entries, 0, payload, 3, entries.length);
    byte[] header = CoseSign1.protectedHeader(key.algorithm(), key.keyId());
    byte[] signature = key.sign(CoseSign1.sigStructure(header, new byte[0], payload));
    return new Signed(key, key.algorithm(), key.keyId(), signature, payload, entries, prefix, null);
  }

  private Vector vector(String layer, String description, TagKeyPair signer, Signed tag) {
    String id;
    if (layer == null) {
      id = VALID_DIR + next("VN");
    } else {
      id = COMMON_DIR + layer + next(layer);
    }
    Vector v = new Vector(id, layer == null ? "VN" : layer, description);
    if (signer != null) {
      v.signer = signer;
      MemberCertificate member = VectorTrust.certificateOf(signer);
      v.certificate = member;
      if (member != null) {
        v.authority = VectorTrust.authorityOf(member);
      }
    }
    if (tag != null) {
      v.cbor = tag.payload;
      v.cose = tag.cose();
      v.compact = tag.compact();
      v.digits = tag.digits();
      v.text = tag.text();
    }
    vectors.add(v);
    return v;
  }

  private int next(String layer) {
    return counters.merge(layer, 1, Integer::sum);
  }

  private static ObjectNode with(ObjectNode base, Consumer<ObjectNode> edit) {
    ObjectNode copy = base.deepCopy();
    edit.accept(copy);
    return copy;
  }

  private static String replaceAt(String text, int index, char c) {
    return text.substring(0, index) + c + text.substring(index + 1);
  }

  private static byte[] flip(byte[] bytes, int index) {
    byte[] copy = bytes.clone();
    copy[index] ^= 0x01;
    return copy;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] fixed32(BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[32];
    int copy = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
    return out;
  }

  static BigInteger p256Order() {
    return new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
  }

  /** ECDSA r‖s as the DER SEQUENCE of two INTEGERs that the format forbids. */
  static byte[] derSignature(byte[] rs) {
    byte[] r = new BigInteger(1, Arrays.copyOf(rs, 32)).toByteArray();
    byte[] s = new BigInteger(1, Arrays.copyOfRange(rs, 32, 64)).toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x30);
    out.write(4 + r.length + s.length);
    out.write(0x02);
    out.write(r.length);
    out.writeBytes(r);
    out.write(0x02);
    out.write(s.length);
    out.writeBytes(s);
    return out.toByteArray();
  }

  private static byte[] noisePng(int width, int height, Random random) {
    int stride = (width + 7) / 8;
    byte[] rows = new byte[stride * height];
    random.nextBytes(rows);
    return PngWriter.grey1(width, height, rows);
  }

  /** The QR code drawn at 4 pixels a module with a 4-module quiet zone, right half left white. */
  private static byte[] croppedPng(QrCode code) {
    int scale = PNG_OPTIONS.pixelsPerModule();
    int quiet = PNG_OPTIONS.quietZoneModules();
    int width = (code.size() + 2 * quiet) * scale;
    int stride = (width + 7) / 8;
    byte[] rows = new byte[stride * width];
    Arrays.fill(rows, (byte) 0xFF);
    for (int y = 0; y < width; y++) {
      for (int x = 0; x < width / 2; x++) {
        int mx = x / scale - quiet;
        int my = y / scale - quiet;
        boolean dark =
            mx >= 0 && my >= 0 && mx < code.size() && my < code.size() && code.isDark(mx, my);
        if (dark) {
          rows[y * stride + x / 8] &= (byte) ~(0x80 >>> (x % 8));
        }
      }
    }
    return PngWriter.grey1(width, width, rows);
  }

  private byte[] index() {
    StringBuilder out = new StringBuilder();
    out.append("# CraftMark signed tag format v1: test vectors\n\n")
        .append("Generated by `TagVectorGenerator`; how to use them: `docs/tag-vectors.md`.\n")
        .append("Layers of the INVALID cases:\n\n");
    for (Map.Entry<String, String> layer : LAYERS.entrySet()) {
      out.append("- `")
          .append(layer.getKey())
          .append("`: ")
          .append(layer.getValue())
          .append('\n');
    }
    out.append("\n| ID | Layer | Validity | Reason | Description | Test data |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Vector v : vectors) {
      String file = v.path();
      String name = file.substring(file.lastIndexOf('/') + 1, file.length() - ".json".length());
      String id = v.layer.equals("VN") ? "VN" + name : name;
      String text = v.description;
      boolean valid = text.startsWith("VALID: ");
      out.append("| ")
          .append(id)
          .append(" | ")
          .append(v.layer)
          .append(" | ")
          .append(valid ? "VALID" : "INVALID")
          .append(" | ")
          .append(v.reason == null ? "" : v.reason.code())
          .append(" | ")
          .append(text.substring(text.indexOf(": ") + 2).replace("|", "\\|"))
          .append(" | [")
          .append(name)
          .append(".json](")
          .append(file)
          .append(") |\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  // ---- the parts of a tag --------------------------------------------------------------------

  /** The stages of one tag, assembled by hand so that any part can be changed. */
  private record Signed(
      TagKeyPair signer,
      SignatureAlgorithm algorithm,
      KeyId keyId,
      byte[] signature,
      byte[] payload,
      byte[] entries,
      String prefix,
      TagClaims claims) {

    byte[] protectedHeader() {
      return CoseSign1.protectedHeader(algorithm, keyId);
    }

    byte[] cose() {
      return CoseSign1.encode(protectedHeader(), payload, signature);
    }

    byte[] compact() {
      byte[] out = new byte[KeyId.LENGTH + signature.length + entries.length];
      keyId.copyTo(out, 0);
      System.arraycopy(signature, 0, out, KeyId.LENGTH, signature.length);
      System.arraycopy(entries, 0, out, KeyId.LENGTH + signature.length, entries.length);
      return out;
    }

    String digits() {
      return DecimalDigits.encode(compact());
    }

    String text() {
      return prefix + TagText.profileDigit(algorithm) + digits();
    }

    QrCode qr(ErrorCorrection level) {
      return QrCode.encode(prefix, TagText.profileDigit(algorithm) + digits(), level);
    }

    Signed withSignature(byte[] newSignature) {
      return new Signed(signer, algorithm, keyId, newSignature, payload, entries, prefix, claims);
    }

    Signed withKeyId(KeyId newKeyId) {
      return new Signed(signer, algorithm, newKeyId, signature, payload, entries, prefix, claims);
    }

    Signed withAlgorithm(SignatureAlgorithm newAlgorithm) {
      return new Signed(signer, newAlgorithm, keyId, signature, payload, entries, prefix, claims);
    }

    Signed withEntries(byte[] newEntries) {
      byte[] newPayload = payload.clone();
      System.arraycopy(newEntries, 0, newPayload, 3, newEntries.length);
      return new Signed(
          signer, algorithm, keyId, signature, newPayload, newEntries, prefix, claims);
    }
  }

  /** One vector file while it is being made. */
  private static final class Vector {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final String id;
    final String layer;
    String description;
    ObjectNode json;
    byte[] cbor;
    byte[] cose;
    byte[] compact;
    String digits;
    String text;
    byte[] png;
    TagKeyPair signer;
    MemberCertificate certificate;
    VillageAuthority authority = VectorTrust.BAT_TRANG;
    byte[] trustList;
    Instant trustListClock = VectorTrust.LOADED;
    Instant validationClock = VectorTrust.NOW;
    final Map<String, Boolean> flags = new LinkedHashMap<>();
    RejectionReason reason;

    Vector(String id, String layer, String description) {
      this.id = id;
      this.layer = layer;
      this.description = description;
    }

    String path() {
      return id + ".json";
    }

    Vector flag(String name, boolean expected) {
      if (!FLAGS.contains(name)) {
        throw new IllegalArgumentException("unknown flag " + name);
      }
      flags.put(name, expected);
      return this;
    }

    Vector picture(boolean decodes) {
      return flag("EXPECTEDPICTUREDECODE", decodes);
    }

    void picture(QrCode code) {
      png = QrImages.toPng(code, PNG_OPTIONS);
    }

    Vector reason(RejectionReason value) {
      reason = value;
      return this;
    }

    /** Every stage before trust passes: the text reads back to claims that obey the rules. */
    Vector formatTrue() {
      if (json != null) {
        flag("EXPECTEDVALIDOBJECT", true).flag("EXPECTEDENCODE", true);
      }
      if (json != null) {
        flag("EXPECTEDVALIDJSON", true);
      }
      return flag("EXPECTEDUNPREFIX", true)
          .flag("EXPECTEDDIGITSDECODE", true)
          .flag("EXPECTEDREBUILD", true)
          .flag("EXPECTEDDECODE", true)
          .flag("EXPECTEDSCHEMAVALIDATION", true);
    }

    void allTrue() {
      for (String flag : FLAGS) {
        flag(flag, true);
      }
    }

    byte[] toJson() {
      JsonNodeFactory f = JsonNodeFactory.instance;
      ObjectNode root = f.objectNode();
      if (json != null) {
        root.set("JSON", json);
      }
      putHex(root, "CBOR", cbor);
      putHex(root, "COSE", cose);
      putHex(root, "COMPACT", compact);
      if (digits != null) {
        root.put("DIGITS", digits);
      }
      if (text != null) {
        root.put("PREFIX", text);
      }
      if (png != null) {
        root.put("2DCODE", Base64.getEncoder().encodeToString(png));
      }
      ObjectNode ctx = root.putObject("TESTCTX");
      ctx.put("VERSION", 1);
      ctx.put("SCHEMA", "1");
      if (signer != null) {
        ctx.put("SIGNERPUBLICKEY", signer.publicKey().toSpkiPem());
        try {
          ctx.set("JWK", MAPPER.readTree(signer.publicKey().toJwk()));
        } catch (JsonProcessingException e) {
          throw new UncheckedIOException(e);
        }
        ctx.put("SIGNERKEYFILE", KEYS_DIR + VectorTrust.nameOf(signer) + ".pem");
      }
      if (certificate != null) {
        ctx.put(
            "CERTIFICATE",
            Base64.getEncoder()
                .encodeToString(VectorTrust.authorityOf(certificate).signCertificate(certificate)));
      }
      byte[] list = trustList != null
          ? trustList
          : authority == VectorTrust.VAN_PHUC
              ? VectorTrust.vanPhucList()
              : VectorTrust.batTrangList();
      ctx.put("AUTHORITYROOTKEY", authority.rootKey().toSpkiPem());
      ctx.put("TRUSTLIST", Base64.getEncoder().encodeToString(list));
      ctx.put("TRUSTLISTCLOCK", trustListClock.toString());
      ctx.put("VALIDATIONCLOCK", validationClock.toString());
      ctx.put("DESCRIPTION", description);
      ObjectNode expected = root.putObject("EXPECTEDRESULTS");
      for (String flag : FLAGS) {
        Boolean value = flags.get(flag);
        if (value != null) {
          expected.put(flag, value);
        }
      }
      if (reason != null) {
        expected.put(REASON, reason.code());
      }
      return write(root);
    }

    private static void putHex(ObjectNode root, String name, byte[] bytes) {
      if (bytes != null) {
        root.put(name, HEX.formatHex(bytes));
      }
    }

    static byte[] write(JsonNode root) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter);
      try {
        String text = MAPPER.writer(printer).writeValueAsString(root) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
