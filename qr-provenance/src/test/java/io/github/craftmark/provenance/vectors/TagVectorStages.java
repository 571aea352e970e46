package io.github.craftmark.provenance.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.cbor.CborException;
import io.github.craftmark.provenance.internal.cbor.CborLimits;
import io.github.craftmark.provenance.internal.cbor.CborReader;
import io.github.craftmark.provenance.internal.cbor.CborType;
import io.github.craftmark.provenance.internal.cose.CoseSign1;
import io.github.craftmark.provenance.internal.tag.ClaimsCodec;
import io.github.craftmark.provenance.internal.tag.DecimalDigits;
import io.github.craftmark.provenance.internal.tag.TagDecodingException;
import io.github.craftmark.provenance.internal.tag.TagText;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.key.TagPublicKey;
import io.github.craftmark.provenance.qr.QrImageDecoder;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.TagFormatException;
import io.github.craftmark.provenance.tag.TagParser;
import io.github.craftmark.provenance.tag.TagPrefix;
import io.github.craftmark.provenance.tag.TagVerdict;
import io.github.craftmark.provenance.tag.TagVerifier;
import io.github.craftmark.provenance.trust.MemberCertificate;
import io.github.craftmark.provenance.trust.TrustListUpdate;
import io.github.craftmark.provenance.trust.TrustSnapshot;
import io.github.craftmark.provenance.trust.TrustStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One stage of the pipeline per method, run on the fields of a vector through our code: each
 * returns whether the stage passed, as its {@code EXPECTED…} flag means it (see {@code
 * docs/tag-vectors.md}). A stage fails only on the failures it is about; any other exception
 * escapes, so that a bug never passes for an expected failure.
 */
final class TagVectorStages {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] NO_AAD = new byte[0];

  private final JsonNode v;

  TagVectorStages(JsonNode vector) {
    this.v = vector;
  }

  /** Runs the stage of an {@code EXPECTED…} flag. */
  boolean run(String flag) {
    return switch (flag) {
      case "EXPECTEDVALIDOBJECT" -> validObject();
      case "EXPECTEDENCODE" -> encode();
      case "EXPECTEDPICTUREDECODE" -> pictureDecode();
      case "EXPECTEDUNPREFIX" -> unprefix();
      case "EXPECTEDDIGITSDECODE" -> digitsDecode();
      case "EXPECTEDREBUILD" -> rebuild();
      case "EXPECTEDVERIFY" -> verify();
      case "EXPECTEDDECODE" -> decode();
      case "EXPECTEDSCHEMAVALIDATION" -> schemaValidation();
      case "EXPECTEDVALIDJSON" -> validJson();
      case "EXPECTEDTRUSTLIST" -> trustList();
      case "EXPECTEDEXPIRATIONCHECK" -> expirationCheck();
      case "EXPECTEDKEYUSAGE" -> keyUsage();
      case "EXPECTEDTRUST" -> verdict().isGenuine();
      default -> throw new IllegalArgumentException("unknown flag " + flag);
    };
  }

  /** JSON describes valid claims. */
  boolean validObject() {
    return claimsFromJson().isPresent();
  }

  /** JSON encodes to the claims in CBOR, compared by decoding. */
  boolean encode() {
    Optional<TagClaims> claims = claimsFromJson();
    return claims.isPresent() && sameByMeaning(ClaimsCodec.encode(claims.get()), bytes("CBOR"));
  }

  /** 2DCODE holds a QR code whose text is PREFIX. */
  boolean pictureDecode() {
    Optional<String> text = QrImageDecoder.decodeImage(picture());
    return text.isPresent() && (!v.has("PREFIX") || text.get().equals(text("PREFIX")));
  }

  /** PREFIX starts with a well-formed verify prefix and a known profile digit; DIGITS follow. */
  boolean unprefix() {
    String text = text("PREFIX");
    int profileAt = text.lastIndexOf('/') + 1;
    try {
      TagPrefix.parse(text.substring(0, profileAt));
    } catch (InvalidValueException e) {
      return false;
    }
    if (profileAt >= text.length() || algorithmOf(text.charAt(profileAt)) == null) {
      return false;
    }
    return !v.has("DIGITS") || text.substring(profileAt + 1).equals(text("DIGITS"));
  }

  /** DIGITS are d(N) ASCII digits for N in 73..400, value below 2^(8N), the bytes of COMPACT. */
  boolean digitsDecode() {
    String digits = text("DIGITS");
    int n = DecimalDigits.byteCountOf(digits.length());
    if (n < TagText.MIN_COMPACT_BYTES || n > TagText.MAX_COMPACT_BYTES) {
      return false;
    }
    byte[] compact;
    try {
      compact = DecimalDigits.decode(digits, 0, digits.length());
    } catch (TagDecodingException e) {
      return false;
    }
    return !v.has("COMPACT") || Arrays.equals(compact, bytes("COMPACT"));
  }

  /** COMPACT, with the algorithm of PREFIX's profile digit, rebuilds the COSE_Sign1 of COSE. */
  boolean rebuild() {
    byte[] compact = bytes("COMPACT");
    String text = text("PREFIX");
    int profileAt = text.lastIndexOf('/') + 1;
    SignatureAlgorithm algorithm =
        profileAt < text.length() ? algorithmOf(text.charAt(profileAt)) : null;
    if (algorithm == null || compact.length < TagText.MIN_COMPACT_BYTES) {
      return false;
    }
    byte[] payload;
    try {
      payload = ClaimsCodec.payloadFromEntries(compact, TagText.HEADER_BYTES, compact.length);
    } catch (TagDecodingException e) {
      return false;
    }
    byte[] cose = CoseSign1.encode(
        CoseSign1.protectedHeader(algorithm, KeyId.of(compact, 0)),
        payload,
        Arrays.copyOfRange(compact, KeyId.LENGTH, TagText.HEADER_BYTES));
    return sameCose(cose, bytes("COSE"));
  }

  /** COSE's signature verifies with the signer's key over its Sig_structure. */
  boolean verify() {
    CoseSign1 cose;
    CoseSign1.ProtectedHeader header;
    try {
      cose = CoseSign1.decode(bytes("COSE"), CborLimits.TAG);
      header = CoseSign1.parseProtectedHeader(cose.protectedHeader());
    } catch (CborException e) {
      return false;
    }
    TagPublicKey key = signerKey();
    return header.algorithm() == key.algorithm()
        && key.verify(cose.sigStructure(NO_AAD), cose.signature());
  }

  /**
   * COSE's payload is strict canonical CBOR: a map of scalars under the keys 0..11 of format v1;
   * and it means the same as CBOR.
   */
  boolean decode() {
    byte[] payload;
    try {
      payload = CoseSign1.decode(bytes("COSE"), CborLimits.TAG).payload();
      CborReader r = new CborReader(payload, ClaimsCodec.LIMITS);
      int pairs = r.readMapHeader();
      for (int i = 0; i < pairs; i++) {
        if (r.readUnsigned() > 11) {
          return false;
        }
        CborType type = r.peekType();
        if (type != CborType.UNSIGNED_INTEGER
            && type != CborType.BYTE_STRING
            && type != CborType.TEXT_STRING) {
          return false;
        }
        r.skip();
      }
      r.expectEnd();
    } catch (CborException e) {
      return false;
    }
    return sameByMeaning(payload, bytes("CBOR"));
  }

  /** CBOR holds claims that obey every rule of format v1. */
  boolean schemaValidation() {
    return claimsFromCbor().isPresent();
  }

  /** The whole chain from PREFIX reads claims equal to JSON. */
  boolean validJson() {
    try {
      TagClaims claims = TagParser.parseWithoutVerifying(text("PREFIX")).claims();
      return !v.has("JSON") || ClaimsJson.toJson(claims).equals(v.get("JSON"));
    } catch (TagFormatException e) {
      return false;
    }
  }

  /** The root key accepts TRUSTLIST at TRUSTLISTCLOCK. */
  boolean trustList() {
    return load(TrustStore.pinning(List.of(rootKey()))).isAccepted();
  }

  /** The list is fresh at VALIDATIONCLOCK and the date made is within the signer's certificate. */
  boolean expirationCheck() {
    TrustSnapshot snapshot = store().snapshot();
    Optional<MemberCertificate> member = signerCertificate(snapshot);
    Optional<TagClaims> claims = claimsFromCbor();
    return member.isPresent()
        && claims.isPresent()
        && !snapshot.isStale(member.get(), instant("VALIDATIONCLOCK"))
        && member.get().isValidOn(claims.get().dateMade());
  }

  /** The signer's certificate allows the tag's brand (in its authority's table) and category. */
  boolean keyUsage() {
    TrustSnapshot snapshot = store().snapshot();
    Optional<MemberCertificate> member = signerCertificate(snapshot);
    Optional<TagClaims> claims = claimsFromCbor();
    if (member.isEmpty() || claims.isEmpty()) {
      return false;
    }
    int brand = claims.get().brandCode();
    return member.get().allowsBrand(brand)
        && snapshot.brand(member.get(), brand).isPresent()
        && member
            .get()
            .allowsCategory(claims.get().category().map(c -> c.code()).orElse(null));
  }

  /**
   * The verdict of the whole pipeline: from 2DCODE when the file has a picture, else from PREFIX,
   * with TRUSTLIST loaded at TRUSTLISTCLOCK and the verifier's clock at VALIDATIONCLOCK.
   */
  TagVerdict verdict() {
    TagVerifier verifier = verifier();
    return v.has("2DCODE") ? verifier.verifyImage(picture()) : verifier.verify(text("PREFIX"));
  }

  /** The verdict from PREFIX alone. */
  TagVerdict textVerdict() {
    return verifier().verify(text("PREFIX"));
  }

  TagPublicKey signerKey() {
    return TagPublicKey.fromSpkiPem(v.get("TESTCTX").get("SIGNERPUBLICKEY").textValue());
  }

  private TagVerifier verifier() {
    return TagVerifier.builder()
        .trustStore(store())
        .clock(Clock.fixed(instant("VALIDATIONCLOCK"), ZoneOffset.UTC))
        .build();
  }

  private TrustStore store() {
    TrustStore store = TrustStore.pinning(List.of(rootKey()));
    load(store);
    return store;
  }

  private TrustListUpdate load(TrustStore store) {
    byte[] list = Base64.getDecoder().decode(v.get("TESTCTX").get("TRUSTLIST").textValue());
    return store.update(list, instant("TRUSTLISTCLOCK"));
  }

  private TagPublicKey rootKey() {
    return TagPublicKey.fromSpkiPem(v.get("TESTCTX").get("AUTHORITYROOTKEY").textValue());
  }

  private Optional<MemberCertificate> signerCertificate(TrustSnapshot snapshot) {
    TagPublicKey key = signerKey();
    return snapshot.membersWithKeyId(key.keyId()).stream()
        .filter(m -> m.memberKey().equals(key))
        .findFirst();
  }

  private Optional<TagClaims> claimsFromJson() {
    try {
      return Optional.of(ClaimsJson.fromJson(v.get("JSON")));
    } catch (IllegalArgumentException | InvalidValueException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Optional<TagClaims> claimsFromCbor() {
    try {
      return Optional.of(ClaimsCodec.decode(bytes("CBOR")));
    } catch (TagDecodingException e) {
      return Optional.empty();
    }
  }

  private Instant instant(String name) {
    return Instant.parse(v.get("TESTCTX").get(name).textValue());
  }

  private byte[] picture() {
    return Base64.getDecoder().decode(text("2DCODE"));
  }

  private String text(String field) {
    JsonNode node = v.get(field);
    if (node == null) {
      throw new IllegalStateException("the stage needs the field " + field);
    }
    return node.textValue();
  }

  private byte[] bytes(String field) {
    return HEX.parseHex(text(field));
  }

  private static SignatureAlgorithm algorithmOf(char profileDigit) {
    for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
      if (TagText.profileDigit(algorithm) == profileDigit) {
        return algorithm;
      }
    }
    return null;
  }

  /** Whether two encodings mean the same CBOR items: maps compared by entries, not bytes. */
  static boolean sameByMeaning(byte[] a, byte[] b) {
    try {
      return LenientCbor.decodeAll(a).equals(LenientCbor.decodeAll(b));
    } catch (IllegalArgumentException e) {
      // Not CBOR at all (truncated): only the same bytes mean the same.
      return Arrays.equals(a, b);
    }
  }

  /**
   * Whether two COSE_Sign1 mean the same: the protected header and payload compared by decoding
   * their CBOR, the signature by its bytes.
   */
  static boolean sameCose(byte[] a, byte[] b) {
    Object x = LenientCbor.decodeOne(a);
    Object y = LenientCbor.decodeOne(b);
    if (!(x instanceof List<?> left) || !(y instanceof List<?> right)) {
      return false;
    }
    if (left.size() != 4 || right.size() != 4) {
      return false;
    }
    return sameBstrByMeaning(left.get(0), right.get(0))
        && left.get(1).equals(right.get(1))
        && sameBstrByMeaning(left.get(2), right.get(2))
        && left.get(3).equals(right.get(3));
  }

  private static boolean sameBstrByMeaning(Object a, Object b) {
    if (a instanceof LenientCbor.Bstr x && b instanceof LenientCbor.Bstr y) {
      return sameByMeaning(HEX.parseHex(x.hex()), HEX.parseHex(y.hex()));
    }
    return false;
  }
}
