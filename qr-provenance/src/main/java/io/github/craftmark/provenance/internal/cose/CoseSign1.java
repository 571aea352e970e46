package io.github.craftmark.provenance.internal.cose;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.cbor.CborException;
import io.github.craftmark.provenance.internal.cbor.CborLimits;
import io.github.craftmark.provenance.internal.cbor.CborReader;
import io.github.craftmark.provenance.internal.cbor.CborType;
import io.github.craftmark.provenance.internal.cbor.CborWriter;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import java.util.Arrays;

/**
 * A COSE_Sign1 message (RFC 9052 §4.2): {@code [protected: bstr, unprotected: map, payload: bstr,
 * signature: bstr]}, optionally wrapped in CBOR tag 18.
 *
 * <p>Our messages have the protected header {@code {1: alg, 4: kid}} (keys in deterministic order)
 * and an empty unprotected header; the signature covers the deterministic encoding of {@code
 * ["Signature1", protected, external_aad, payload]} (RFC 9052 §4.4). The static methods build those
 * bytes; {@link #decode(byte[], CborLimits)} reads any well-formed COSE_Sign1 with an attached
 * payload, and callers check its headers. Decoded instances share their arrays with the caller and
 * must not be modified.
 */
public final class CoseSign1 {
  /** The CBOR tag of a COSE_Sign1 message (RFC 9052 §2). */
  public static final long TAG = 18;

  /** The protected header label of the algorithm. */
  public static final int LABEL_ALG = 1;

  /** The protected header label of the key id. */
  public static final int LABEL_KID = 4;

  /** The length of our protected header: {@code a2 01 <alg> 04 48 <8 bytes>}. */
  public static final int PROTECTED_HEADER_LENGTH = 13;

  /** {@code 0x84} (array of 4) then the text string "Signature1" ({@code 0x6a} + 10 bytes). */
  private static final byte[] SIG_STRUCTURE_PREFIX = {
    (byte) 0x84, 0x6a, 'S', 'i', 'g', 'n', 'a', 't', 'u', 'r', 'e', '1'
  };

  private static final byte EMPTY_MAP = (byte) 0xa0;

  private final byte[] protectedHeader;
  private final byte[] unprotectedHeader;
  private final byte[] payload;
  private final byte[] signature;
  private final boolean tagged;

  private CoseSign1(
      byte[] protectedHeader,
      byte[] unprotectedHeader,
      byte[] payload,
      byte[] signature,
      boolean tagged) {
    this.protectedHeader = protectedHeader;
    this.unprotectedHeader = unprotectedHeader;
    this.payload = payload;
    this.signature = signature;
    this.tagged = tagged;
  }

  /**
   * Encodes our protected header {@code {1: alg, 4: kid}}, deterministically.
   *
   * @param algorithm the signature algorithm
   * @param keyId the signer's key id
   * @return the 13 encoded bytes that go, wrapped in a byte string, into the message
   */
  public static byte[] protectedHeader(SignatureAlgorithm algorithm, KeyId keyId) {
    if (algorithm == null) {
      throw new InvalidValueException("algorithm", "must not be null", null);
    }
    if (keyId == null) {
      throw new InvalidValueException("keyId", "must not be null", null);
    }
    byte[] out = new byte[PROTECTED_HEADER_LENGTH];
    out[0] = (byte) 0xa2;
    out[1] = LABEL_ALG;
    // Both algorithm ids are small negative integers: major type 1, argument -1 - alg.
    out[2] = (byte) (0x20 | (-1 - algorithm.coseAlgorithm()));
    out[3] = LABEL_KID;
    out[4] = 0x48;
    keyId.copyTo(out, 5);
    return out;
  }

  /**
   * Reads our protected header, which must be exactly {@code {1: alg, 4: kid}} in deterministic
   * encoding with a supported algorithm and an 8-byte kid.
   *
   * @param encoded the protected header bytes (the content of the byte string)
   * @return the algorithm and key id
   * @throws CborException when the header is anything else
   */
  public static ProtectedHeader parseProtectedHeader(byte[] encoded) {
    CborReader reader = new CborReader(encoded, CborLimits.TAG.withMaxDepth(1));
    if (reader.readMapHeader() != 2) {
      throw new CborException(
          "protected header must have exactly the entries 1 (alg) and 4 (kid)", 0);
    }
    int offset = reader.offset();
    if (reader.readInt() != LABEL_ALG) {
      throw new CborException("protected header must have alg (1) as its first key", offset);
    }
    int algAt = reader.offset();
    long alg = reader.readInt();
    SignatureAlgorithm algorithm = SignatureAlgorithm.findCose(alg)
        .orElseThrow(() -> new CborException("unsupported COSE algorithm " + alg, algAt));
    offset = reader.offset();
    if (reader.readInt() != LABEL_KID) {
      throw new CborException("protected header must have kid (4) as its second key", offset);
    }
    offset = reader.offset();
    byte[] kid = reader.readBytes();
    if (kid.length != KeyId.LENGTH) {
      throw new CborException("kid must be 8 bytes, found " + kid.length, offset);
    }
    reader.expectEnd();
    return new ProtectedHeader(algorithm, KeyId.of(kid));
  }

  /**
   * Builds the bytes a COSE_Sign1 signature covers: the deterministic encoding of {@code
   * ["Signature1", protected, external_aad, payload]} (RFC 9052 §4.4).
   *
   * @param protectedHeader the encoded protected header (the content of its byte string)
   * @param externalAad the externally supplied data; empty for our formats
   * @param payload the payload
   * @return the bytes to sign or verify
   */
  public static byte[] sigStructure(byte[] protectedHeader, byte[] externalAad, byte[] payload) {
    return sigStructure(protectedHeader, externalAad, payload, 0, payload.length);
  }

  /**
   * Builds the Sig_structure over part of an array as payload, allocating only the result.
   *
   * @param protectedHeader the encoded protected header (the content of its byte string)
   * @param externalAad the externally supplied data; empty for our formats
   * @param payload the array holding the payload
   * @param payloadOffset where the payload starts
   * @param payloadLength the payload's length in bytes
   * @return the bytes to sign or verify
   */
  public static byte[] sigStructure(
      byte[] protectedHeader,
      byte[] externalAad,
      byte[] payload,
      int payloadOffset,
      int payloadLength) {
    if (payloadOffset < 0 || payloadLength < 0 || payloadOffset > payload.length - payloadLength) {
      throw InvalidValueException.withoutValue(
          "payload", "offset and length must lie within the array of " + payload.length + " bytes");
    }
    int size = SIG_STRUCTURE_PREFIX.length
        + CborWriter.headLength(protectedHeader.length)
        + protectedHeader.length
        + CborWriter.headLength(externalAad.length)
        + externalAad.length
        + CborWriter.headLength(payloadLength)
        + payloadLength;
    byte[] out = new byte[size];
    System.arraycopy(SIG_STRUCTURE_PREFIX, 0, out, 0, SIG_STRUCTURE_PREFIX.length);
    int p = SIG_STRUCTURE_PREFIX.length;
    p = putByteString(out, p, protectedHeader, 0, protectedHeader.length);
    p = putByteString(out, p, externalAad, 0, externalAad.length);
    putByteString(out, p, payload, payloadOffset, payloadLength);
    return out;
  }

  /** Writes a byte string head (major type 2, shortest form) and its content; returns the end. */
  private static int putByteString(byte[] out, int p, byte[] content, int offset, int length) {
    int head = CborWriter.headLength(length);
    if (head == 1) {
      out[p++] = (byte) (0x40 | length);
    } else if (head == 2) {
      out[p++] = 0x58;
      out[p++] = (byte) length;
    } else if (head == 3) {
      out[p++] = 0x59;
      out[p++] = (byte) (length >>> 8);
      out[p++] = (byte) length;
    } else {
      out[p++] = 0x5a;
      out[p++] = (byte) (length >>> 24);
      out[p++] = (byte) (length >>> 16);
      out[p++] = (byte) (length >>> 8);
      out[p++] = (byte) length;
    }
    System.arraycopy(content, offset, out, p, length);
    return p + length;
  }

  /**
   * Encodes a COSE_Sign1 message without the CBOR tag, with an empty unprotected header.
   *
   * @param protectedHeader the encoded protected header
   * @param payload the payload
   * @param signature the signature over {@link #sigStructure(byte[], byte[], byte[])}
   * @return the encoded message
   */
  public static byte[] encode(byte[] protectedHeader, byte[] payload, byte[] signature) {
    return write(false, protectedHeader, payload, signature);
  }

  /**
   * Encodes a COSE_Sign1 message wrapped in CBOR tag 18, with an empty unprotected header; files
   * (member certificates, trust lists) use this form so that a reader can tell what they hold.
   *
   * @param protectedHeader the encoded protected header
   * @param payload the payload
   * @param signature the signature over {@link #sigStructure(byte[], byte[], byte[])}
   * @return the encoded message
   */
  public static byte[] encodeTagged(byte[] protectedHeader, byte[] payload, byte[] signature) {
    return write(true, protectedHeader, payload, signature);
  }

  private static byte[] write(
      boolean tagged, byte[] protectedHeader, byte[] payload, byte[] signature) {
    CborWriter writer =
        new CborWriter(protectedHeader.length + payload.length + signature.length + 20);
    if (tagged) {
      writer.writeTag(TAG);
    }
    return writer
        .writeArrayHeader(4)
        .writeBytes(protectedHeader)
        .writeMapHeader(0)
        .writeBytes(payload)
        .writeBytes(signature)
        .toByteArray();
  }

  /**
   * Decodes a COSE_Sign1 message, tagged (18) or not, strictly and within {@code limits}.
   *
   * <p>The headers are checked only for being well formed: the protected header a byte string that
   * is empty or holds a map, the unprotected header a map. A detached ({@code nil}) payload is
   * rejected.
   *
   * @param encoded the message
   * @param limits the bounds for the reader
   * @return the message's parts
   * @throws CborException when the bytes are not such a message
   */
  public static CoseSign1 decode(byte[] encoded, CborLimits limits) {
    CborReader reader = new CborReader(encoded, limits);
    boolean tagged = false;
    if (reader.peekType() == CborType.TAG) {
      long tag = reader.readTag();
      if (tag != TAG) {
        throw new CborException("expected COSE_Sign1 tag 18, found tag " + tag, 0);
      }
      tagged = true;
    }
    int arrayAt = reader.offset();
    if (reader.peekType() != CborType.ARRAY || reader.readArrayHeader() != 4) {
      throw new CborException("COSE_Sign1 must be an array of 4 items", arrayAt);
    }
    int headerAt = reader.offset();
    byte[] protectedHeader = reader.readBytes();
    if (protectedHeader.length > 0) {
      CborReader header = new CborReader(protectedHeader, limits);
      if (header.peekType() != CborType.MAP) {
        throw new CborException("protected header must hold a map", headerAt);
      }
      header.skip();
      header.expectEnd();
    }
    int unprotectedAt = reader.offset();
    if (reader.peekType() != CborType.MAP) {
      throw new CborException("unprotected header must be a map", unprotectedAt);
    }
    reader.skip();
    byte[] unprotectedHeader = Arrays.copyOfRange(encoded, unprotectedAt, reader.offset());
    int payloadAt = reader.offset();
    if (reader.peekType() != CborType.BYTE_STRING) {
      throw new CborException("payload must be an attached byte string", payloadAt);
    }
    byte[] payload = reader.readBytes();
    byte[] signature = reader.readBytes();
    reader.expectEnd();
    return new CoseSign1(protectedHeader, unprotectedHeader, payload, signature, tagged);
  }

  /**
   * Returns the encoded protected header (the content of its byte string).
   *
   * @return the bytes, shared: do not modify
   */
  public byte[] protectedHeader() {
    return protectedHeader;
  }

  /**
   * Returns the encoded unprotected header map.
   *
   * @return the bytes, shared: do not modify
   */
  public byte[] unprotectedHeader() {
    return unprotectedHeader;
  }

  /**
   * Returns whether the unprotected header is the empty map, as ours always is.
   *
   * @return true for {@code {}}
   */
  public boolean hasEmptyUnprotectedHeader() {
    return unprotectedHeader.length == 1 && unprotectedHeader[0] == EMPTY_MAP;
  }

  /**
   * Returns the payload.
   *
   * @return the bytes, shared: do not modify
   */
  public byte[] payload() {
    return payload;
  }

  /**
   * Returns the signature.
   *
   * @return the bytes, shared: do not modify
   */
  public byte[] signature() {
    return signature;
  }

  /**
   * Returns whether the message was wrapped in CBOR tag 18.
   *
   * @return true when tagged
   */
  public boolean tagged() {
    return tagged;
  }

  /**
   * Returns the bytes this message's signature covers.
   *
   * @param externalAad the externally supplied data; empty for our formats
   * @return the Sig_structure
   */
  public byte[] sigStructure(byte[] externalAad) {
    return sigStructure(protectedHeader, externalAad, payload);
  }

  /**
   * The algorithm and key id of our protected header.
   *
   * @param algorithm the signature algorithm
   * @param keyId the signer's key id
   */
  public record ProtectedHeader(SignatureAlgorithm algorithm, KeyId keyId) {
    /**
     * Checks the parts.
     *
     * @param algorithm the signature algorithm
     * @param keyId the signer's key id
     */
    public ProtectedHeader {
      if (algorithm == null) {
        throw new InvalidValueException("algorithm", "must not be null", null);
      }
      if (keyId == null) {
        throw new InvalidValueException("keyId", "must not be null", null);
      }
    }

    /**
     * Encodes this header.
     *
     * @return the 13 encoded bytes
     */
    public byte[] encode() {
      return CoseSign1.protectedHeader(algorithm, keyId);
    }
  }
}
