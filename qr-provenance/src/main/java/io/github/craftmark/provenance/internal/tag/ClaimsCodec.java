package io.github.craftmark.provenance.internal.tag;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.provenance.internal.cbor.CborException;
import io.github.craftmark.provenance.internal.cbor.CborLimits;
import io.github.craftmark.provenance.internal.cbor.CborReader;
import io.github.craftmark.provenance.internal.cbor.CborType;
import io.github.craftmark.provenance.internal.cbor.CborWriter;
import io.github.craftmark.provenance.tag.ClaimCommitment;
import io.github.craftmark.provenance.tag.ProductReference;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.TagSerial;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Tag claims ⇄ their canonical CBOR map (format v1, {@code docs/tag-format.md} § 2).
 *
 * <p>Decoding is strict: every claim has one valid encoding and anything else is refused, so that
 * decoding and encoding again gives the same bytes; the signature is checked over those bytes.
 */
public final class ClaimsCodec {
  /** The most key/value pairs a claims map has: version, serial, product and keys 5..11. */
  public static final int MAX_PAIRS = 10;

  /** The longest string in the claims, in bytes: 32 characters of up to 4 UTF-8 bytes. */
  public static final int MAX_STRING_BYTES = 128;

  /** The bytes every payload starts with after its map head: the pair {@code 0: 1}. */
  public static final int VERSION_PAIR_LENGTH = 2;

  /**
   * The longest payload a tag carries: the most compact bytes, less key id and signature, plus the
   * map head and version pair they leave out.
   */
  public static final int MAX_PAYLOAD_BYTES =
      TagText.MAX_COMPACT_BYTES - TagText.HEADER_BYTES + 1 + VERSION_PAIR_LENGTH;

  /** The bounds the claims are read within: a flat map of at most 10 pairs. */
  public static final CborLimits LIMITS = CborLimits.TAG
      .withMaxInputBytes(MAX_PAYLOAD_BYTES)
      .withMaxDepth(1)
      .withMaxItems(MAX_PAIRS)
      .withMaxStringBytes(MAX_STRING_BYTES);

  private static final long MAX_GTIN = 99_999_999_999_999L;
  private static final long MIN_DAY = TagClaims.MIN_DATE_MADE.toEpochDay();
  private static final long MAX_DAY = TagClaims.MAX_DATE_MADE.toEpochDay();
  private static final String MAX_NUMERIC_BATCH = Long.toString(Long.MAX_VALUE);

  private ClaimsCodec() {}

  /**
   * Encodes the claims as the canonical CBOR map.
   *
   * @param claims the claims
   * @return the payload
   */
  public static byte[] encode(TagClaims claims) {
    int pairs = 6
        + (claims.ocopStars().isPresent() ? 1 : 0)
        + (claims.ocopCertificate().isPresent() ? 1 : 0)
        + (claims.claimCommitment().isPresent() ? 1 : 0)
        + (claims.category().isPresent() ? 1 : 0);
    CborWriter w = new CborWriter(160);
    w.writeMapHeader(pairs);
    w.writeUnsigned(0).writeUnsigned(TagClaims.FORMAT_VERSION);
    w.writeUnsigned(1).writeBytes(claims.serial().toBytes());
    ProductReference product = claims.product();
    if (product instanceof ProductReference.BySku bySku) {
      String sku = bySku.sku().value();
      if (SkuPacking.isPackable(sku)) {
        w.writeUnsigned(2).writeBytes(SkuPacking.pack(sku));
      } else {
        w.writeUnsigned(3).writeText(sku);
      }
    } else {
      w.writeUnsigned(4).writeUnsigned(Long.parseLong(((ProductReference.ByGtin) product).text()));
    }
    w.writeUnsigned(5);
    if (isNumericBatch(claims.batch())) {
      w.writeUnsigned(Long.parseLong(claims.batch()));
    } else {
      w.writeText(claims.batch());
    }
    w.writeUnsigned(6).writeUnsigned(claims.dateMade().toEpochDay());
    w.writeUnsigned(7).writeUnsigned(claims.brandCode());
    claims.ocopStars().ifPresent(s -> w.writeUnsigned(8).writeUnsigned(s.value()));
    claims.ocopCertificate().ifPresent(c -> w.writeUnsigned(9).writeText(c));
    claims.claimCommitment().ifPresent(c -> w.writeUnsigned(10).writeBytes(c.toBytes()));
    claims.category().ifPresent(c -> w.writeUnsigned(11).writeText(c.code()));
    return w.toByteArray();
  }

  /**
   * Rebuilds the payload from the entries a compact tag carries: the map head, the pair {@code 0:
   * 1}, then the entries (format v1 § 4). Only counts the entries; {@link #decode(byte[])} checks
   * them.
   *
   * @param source the array holding the entries
   * @param from the offset of the first entry
   * @param to the offset after the last entry
   * @return the payload
   * @throws TagDecodingException naming the offset in the payload (as rebuilt) where the entries
   *     stop making sense: a value that is not a scalar, a truncated item, an odd item count or too
   *     many pairs
   */
  public static byte[] payloadFromEntries(byte[] source, int from, int to) {
    int items = 0;
    int p = from;
    while (p < to) {
      int initial = source[p] & 0xFF;
      int major = initial >>> 5;
      int info = initial & 0x1F;
      if (major > 3) {
        throw new TagDecodingException("claims: every key and value must be a scalar", at(p, from));
      }
      int argumentBytes = info < 24 ? 0 : info <= 27 ? 1 << (info - 24) : -1;
      if (argumentBytes < 0 || to - p - 1 < argumentBytes) {
        throw new TagDecodingException("claims: malformed or truncated item head", at(p, from));
      }
      long argument = info < 24 ? info : 0;
      for (int i = 1; i <= argumentBytes; i++) {
        argument = (argument << 8) | (source[p + i] & 0xFF);
      }
      int next = p + 1 + argumentBytes;
      if (major >= 2) {
        if (argument < 0 || argument > to - next) {
          throw new TagDecodingException("claims: a string runs past the end", at(p, from));
        }
        next += (int) argument;
      }
      p = next;
      if (++items > 2 * (MAX_PAIRS - 1)) {
        throw new TagDecodingException("claims: more than " + MAX_PAIRS + " pairs", at(p, from));
      }
    }
    if (items % 2 != 0) {
      throw new TagDecodingException("claims: a key without a value", at(to, from));
    }
    int length = to - from;
    byte[] payload = new byte[1 + VERSION_PAIR_LENGTH + length];
    payload[0] = (byte) (0xA1 + items / 2);
    payload[1] = 0x00;
    payload[2] = 0x01;
    System.arraycopy(source, from, payload, 3, length);
    return payload;
  }

  private static int at(int sourceOffset, int from) {
    return sourceOffset - from + 1 + VERSION_PAIR_LENGTH;
  }

  /**
   * Returns the offset in a payload where the entries a compact tag carries start: after the
   * one-byte map head and the pair {@code 0: 1}.
   *
   * @return 3
   */
  public static int entriesOffset() {
    return 1 + VERSION_PAIR_LENGTH;
  }

  /**
   * Tells whether a batch is written as a uint: a decimal number 1..2<sup>63</sup>−1 without
   * leading zeros.
   *
   * @param batch a valid batch
   * @return whether it is numeric
   */
  public static boolean isNumericBatch(String batch) {
    int length = batch.length();
    if (length == 0 || length > MAX_NUMERIC_BATCH.length() || batch.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = batch.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return length < MAX_NUMERIC_BATCH.length() || batch.compareTo(MAX_NUMERIC_BATCH) <= 0;
  }

  /**
   * Decodes a canonical claims map.
   *
   * @param payload the CBOR map
   * @return the claims
   * @throws TagDecodingException naming the byte offset in {@code payload} of the first problem
   */
  public static TagClaims decode(byte[] payload) {
    try {
      return read(new CborReader(payload, LIMITS));
    } catch (CborException e) {
      // The offset is carried separately; keep the message to the problem.
      String message = e.getMessage();
      String suffix = " at offset " + e.offset();
      if (message.endsWith(suffix)) {
        message = message.substring(0, message.length() - suffix.length());
      }
      throw new TagDecodingException("claims: " + message, e.offset());
    }
  }

  private static TagClaims read(CborReader r) {
    int pairs = r.readMapHeader();
    int start = r.offset();
    if (pairs < 1 || r.readUnsigned() != 0) {
      throw new TagDecodingException("claims: expected key 0 (format version) first", start);
    }
    start = r.offset();
    if (r.readUnsigned() != TagClaims.FORMAT_VERSION) {
      throw new TagDecodingException("claims: format version must be 1", start);
    }
    TagClaims.Builder b = TagClaims.builder();
    int[] valueAt = new int[12];
    java.util.Arrays.fill(valueAt, -1);
    ProductReference product = null;
    for (int i = 1; i < pairs; i++) {
      int keyAt = r.offset();
      long key = r.readUnsigned();
      int at = r.offset();
      if (key < 1 || key > 11) {
        throw new TagDecodingException(
            "claims: key " + Long.toUnsignedString(key) + " is not a format v1 claim", keyAt);
      }
      valueAt[(int) key] = at;
      try {
        switch ((int) key) {
          case 1 -> b.serial(TagSerial.of(r.readBytes()));
          case 2 -> product = product(product, ProductReference.of(Sku.of(unpack(r, at))), at);
          case 3 -> product = product(product, ProductReference.of(skuText(r, at)), at);
          case 4 -> product = product(product, ProductReference.of(gtin(r, at)), at);
          case 5 -> b.batch(batch(r, at));
          case 6 -> b.dateMade(LocalDate.ofEpochDay(range(r, MIN_DAY, MAX_DAY, "date made", at)));
          case 7 -> b.brandCode((int) range(r, 0, TagClaims.MAX_BRAND_CODE, "brand code", at));
          case 8 -> b.ocopStars(StarRating.of((int) range(r, 3, 5, "OCOP stars", at)));
          case 9 -> b.ocopCertificate(ocopCertificate(r, at));
          case 10 -> b.claimCommitment(ClaimCommitment.of(r.readBytes()));
          default -> b.category(category(r.readText()));
        }
      } catch (InvalidValueException e) {
        throw new TagDecodingException("claims: " + e.getMessage(), at);
      }
    }
    r.expectEnd();
    int end = r.offset();
    requirePresent(valueAt[1], "serial (key 1)", end);
    if (product == null) {
      throw missing("product (key 2, 3 or 4)", end);
    }
    requirePresent(valueAt[5], "batch (key 5)", end);
    requirePresent(valueAt[6], "date made (key 6)", end);
    requirePresent(valueAt[7], "brand code (key 7)", end);
    try {
      return b.product(product).build();
    } catch (InvalidValueException e) {
      // Rules checked only when the claims are built: the batch's characters, the OCOP
      // reference's length and characters.
      int at = "batch".equals(e.field()) ? valueAt[5] : valueAt[9];
      throw new TagDecodingException("claims: " + e.getMessage(), at < 0 ? end : at);
    }
  }

  private static void requirePresent(int valueAt, String what, int end) {
    if (valueAt < 0) {
      throw missing(what, end);
    }
  }

  private static TagDecodingException missing(String what, int offset) {
    return new TagDecodingException("claims: the " + what + " is missing", offset);
  }

  private static ProductReference product(ProductReference old, ProductReference next, int at) {
    if (old != null) {
      throw new TagDecodingException("claims: exactly one of keys 2, 3 and 4 may be present", at);
    }
    return next;
  }

  private static String unpack(CborReader r, int at) {
    try {
      return SkuPacking.unpack(r.readBytes());
    } catch (TagDecodingException e) {
      throw new TagDecodingException("claims: " + e.getMessage(), at);
    }
  }

  private static Sku skuText(CborReader r, int at) {
    String text = r.readText();
    if (SkuPacking.isPackable(text)) {
      throw new TagDecodingException("claims: a SKU of the 39 symbols must be packed (key 2)", at);
    }
    return Sku.of(text);
  }

  private static Gtin gtin(CborReader r, int at) {
    long value = range(r, 0, MAX_GTIN, "GTIN", at);
    String digits = Long.toString(value);
    return Gtin.of("0".repeat(14 - digits.length()) + digits);
  }

  private static String batch(CborReader r, int at) {
    if (r.peekType() == CborType.UNSIGNED_INTEGER) {
      long value = r.readUnsigned();
      if (value == 0) {
        throw new TagDecodingException("claims: a batch of 0 must be text", at);
      }
      return Long.toString(value);
    }
    String text = r.readText();
    if (isNumericBatch(text)) {
      throw new TagDecodingException("claims: a numeric batch must be a uint", at);
    }
    return text;
  }

  private static long range(CborReader r, long min, long max, String what, int at) {
    long value = r.readUnsigned();
    if (value < min || value > max) {
      throw new TagDecodingException(
          "claims: " + what + " must be " + min + ".." + max + ", found " + value, at);
    }
    return value;
  }

  private static String ocopCertificate(CborReader r, int at) {
    String text = r.readText();
    String canonical = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    if (!canonical.equals(text) || text.isEmpty()) {
      throw new TagDecodingException(
          "claims: the OCOP certificate reference must be NFC, not blank, without surrounding"
              + " white space",
          at);
    }
    return text;
  }

  private static CraftCategory category(String code) {
    Optional<CraftCategory> known = CraftCategory.find(code);
    return known.isPresent() ? known.get() : CraftCategory.of(code, code, code);
  }
}
