package io.github.craftmark.provenance.internal.trust;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.provenance.internal.cbor.CborException;
import io.github.craftmark.provenance.internal.cbor.CborLimits;
import io.github.craftmark.provenance.internal.cbor.CborReader;
import io.github.craftmark.provenance.internal.cbor.CborWriter;
import io.github.craftmark.provenance.key.KeyFormatException;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.key.TagPublicKey;
import io.github.craftmark.provenance.trust.AuthorityProfile;
import io.github.craftmark.provenance.trust.MemberCertificate;
import io.github.craftmark.provenance.trust.MemberRevocation;
import io.github.craftmark.provenance.trust.SerialHash;
import io.github.craftmark.provenance.trust.TagRevocations;
import io.github.craftmark.provenance.trust.TrustList;
import io.github.craftmark.provenance.trust.TrustedBrand;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes and decodes the payloads of member certificates and trust lists (format version 1, see
 * {@code docs/trust-list-format.md}).
 *
 * <p>Decoding is strict: anything a writer of this version would not have written, byte for byte,
 * is a {@link TrustFormatException}. Callers check signatures before they decode a payload.
 */
public final class TrustCodec {
  private TrustCodec() {}

  /** The format version both payloads carry under key 0. */
  public static final int FORMAT_VERSION = 1;

  /** The longest signed trust list, in bytes. */
  public static final int MAX_TRUST_LIST_BYTES = 16 * 1024 * 1024;

  /** The longest signed member certificate, in bytes. */
  public static final int MAX_CERTIFICATE_BYTES = 2048;

  /** The external_aad of a member certificate's signature. */
  public static final byte[] CERTIFICATE_CONTEXT =
      "CraftMark member certificate v1".getBytes(StandardCharsets.US_ASCII);

  /** The external_aad of a trust list's signature. */
  public static final byte[] TRUST_LIST_CONTEXT =
      "CraftMark trust list v1".getBytes(StandardCharsets.US_ASCII);

  /** Limits for a member certificate's payload: a map holding arrays. */
  static final CborLimits CERTIFICATE_PAYLOAD =
      new CborLimits(MAX_CERTIFICATE_BYTES, 2, 64, MAX_CERTIFICATE_BYTES, true);

  /**
   * Limits for a trust list's payload: a map holding maps of arrays; the longest string is a
   * member certificate, the largest container the revoked tags of one member key.
   */
  static final CborLimits TRUST_LIST_PAYLOAD = new CborLimits(
      MAX_TRUST_LIST_BYTES, 3, TagRevocations.MAX_HASHES, MAX_CERTIFICATE_BYTES, true);

  private static final int CERTIFICATE_KEYS = 8;
  private static final int TRUST_LIST_KEYS = 11;
  private static final int ED25519_SPKI_LENGTH = 44;
  private static final int P256_SPKI_LENGTH = 91;

  /**
   * Encodes a member certificate's payload.
   *
   * @param certificate the certificate
   * @return the CBOR map
   */
  public static byte[] encodeCertificate(MemberCertificate certificate) {
    CborWriter out = new CborWriter(256);
    out.writeMapHeader(CERTIFICATE_KEYS);
    out.writeUnsigned(0).writeUnsigned(FORMAT_VERSION);
    out.writeUnsigned(1).writeText(certificate.authorityId());
    out.writeUnsigned(2).writeText(certificate.producer().value());
    out.writeUnsigned(3).writeBytes(certificate.memberKey().toSpkiDer());
    out.writeUnsigned(4).writeArrayHeader(certificate.brandCodes().size());
    for (int code : certificate.brandCodes()) {
      out.writeUnsigned(code);
    }
    out.writeUnsigned(5).writeArrayHeader(certificate.categories().size());
    for (String category : certificate.categories()) {
      out.writeText(category);
    }
    out.writeUnsigned(6).writeUnsigned(certificate.validFrom().toEpochDay());
    out.writeUnsigned(7).writeUnsigned(certificate.validUntil().toEpochDay());
    return out.toByteArray();
  }

  /**
   * Decodes a member certificate's payload.
   *
   * @param payload the CBOR map
   * @return the certificate
   * @throws TrustFormatException when the payload breaks a rule of the format
   */
  public static MemberCertificate decodeCertificate(byte[] payload) {
    try {
      CborReader in = new CborReader(payload, CERTIFICATE_PAYLOAD);
      expectMap(in, CERTIFICATE_KEYS, "member certificate");
      readVersion(in);
      key(in, 1);
      String authorityId = in.readText();
      key(in, 2);
      String producer = in.readText();
      key(in, 3);
      byte[] spki = in.readBytes();
      key(in, 4);
      int codeCount = in.readArrayHeader();
      List<Integer> codes = new ArrayList<>(codeCount);
      for (int i = 0; i < codeCount; i++) {
        codes.add((int) in.readInt(0, 0xFFFF));
      }
      key(in, 5);
      int categoryCount = in.readArrayHeader();
      List<String> categories = new ArrayList<>(categoryCount);
      for (int i = 0; i < categoryCount; i++) {
        categories.add(in.readText());
      }
      key(in, 6);
      LocalDate validFrom = readDate(in);
      key(in, 7);
      LocalDate validUntil = readDate(in);
      in.expectEnd();
      TagPublicKey memberKey = readKey(spki);
      MemberCertificate certificate = new MemberCertificate(
          memberKey,
          memberKey.keyId(),
          ProducerId.of(producer),
          authorityId,
          codes,
          categories,
          validFrom,
          validUntil);
      requireCanonical(codes.equals(certificate.brandCodes()), "brand codes", "strictly ascending");
      requireCanonical(
          categories.equals(certificate.categories()), "categories", "strictly ascending");
      return certificate;
    } catch (CborException | InvalidValueException | TrustFormatException e) {
      throw new TrustFormatException("member certificate: " + e.getMessage(), e);
    }
  }

  /**
   * Encodes a trust list's payload.
   *
   * @param list the list
   * @param signedCertificates the signed member certificates, in the order of {@code
   *     list.members()}
   * @return the CBOR map
   */
  public static byte[] encodeTrustList(TrustList list, List<byte[]> signedCertificates) {
    AuthorityProfile authority = list.authority();
    CborWriter out = new CborWriter(1024);
    out.writeMapHeader(TRUST_LIST_KEYS);
    out.writeUnsigned(0).writeUnsigned(FORMAT_VERSION);
    out.writeUnsigned(1).writeText(authority.id());
    out.writeUnsigned(2).writeText(authority.name());
    out.writeUnsigned(3).writeUnsigned(list.sequence());
    out.writeUnsigned(4).writeUnsigned(list.issuedAt().getEpochSecond());
    out.writeUnsigned(5).writeUnsigned(list.nextUpdate().getEpochSecond());
    out.writeUnsigned(6).writeArrayHeader(authority.verifyPrefixes().size());
    for (String prefix : authority.verifyPrefixes()) {
      out.writeText(prefix);
    }
    out.writeUnsigned(7).writeMapHeader(authority.brands().size());
    for (TrustedBrand brand : authority.brands()) {
      out.writeUnsigned(brand.code());
      out.writeArrayHeader(2).writeText(brand.brandId().value()).writeText(brand.name());
    }
    out.writeUnsigned(8).writeArrayHeader(signedCertificates.size());
    for (byte[] certificate : signedCertificates) {
      out.writeBytes(certificate);
    }
    out.writeUnsigned(9).writeMapHeader(list.revokedMembers().size());
    for (MemberRevocation revocation : list.revokedMembers()) {
      out.writeBytes(revocation.keyId().toBytes());
      out.writeUnsigned(revocation.revokedAt().getEpochSecond());
    }
    out.writeUnsigned(10).writeMapHeader(list.revokedTags().size());
    for (TagRevocations group : list.revokedTags()) {
      out.writeBytes(group.keyId().toBytes());
      out.writeArrayHeader(group.serialHashes().size());
      for (SerialHash hash : group.serialHashes()) {
        out.writeBytes(hash.toBytes());
      }
    }
    return out.toByteArray();
  }

  /**
   * A trust list's payload as read, before its member certificates are checked.
   *
   * @param authority the authority's profile
   * @param sequence the sequence
   * @param issuedAt the issue time
   * @param nextUpdate the next update time
   * @param signedCertificates the signed member certificates, not yet decoded
   * @param revokedMembers the revoked member keys
   * @param revokedTags the revoked tags
   */
  public record RawTrustList(
      AuthorityProfile authority,
      long sequence,
      Instant issuedAt,
      Instant nextUpdate,
      List<byte[]> signedCertificates,
      List<MemberRevocation> revokedMembers,
      List<TagRevocations> revokedTags) {

    /**
     * Returns the list with these decoded certificates.
     *
     * @param members the certificates, in the order of {@link #signedCertificates()}
     * @return the list
     * @throws TrustFormatException when the certificates break a rule of the list
     */
    public TrustList withMembers(List<MemberCertificate> members) {
      try {
        return new TrustList(
            authority, sequence, issuedAt, nextUpdate, members, revokedMembers, revokedTags);
      } catch (InvalidValueException e) {
        throw new TrustFormatException("trust list: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Decodes a trust list's payload; the member certificates stay encoded.
   *
   * @param payload the CBOR map
   * @return what it says
   * @throws TrustFormatException when the payload breaks a rule of the format
   */
  public static RawTrustList decodeTrustList(byte[] payload) {
    try {
      CborReader in = new CborReader(payload, TRUST_LIST_PAYLOAD);
      expectMap(in, TRUST_LIST_KEYS, "trust list");
      readVersion(in);
      key(in, 1);
      String id = in.readText();
      key(in, 2);
      String name = in.readText();
      key(in, 3);
      long sequence = in.readInt(1, Long.MAX_VALUE);
      key(in, 4);
      Instant issuedAt = readInstant(in);
      key(in, 5);
      Instant nextUpdate = readInstant(in);
      key(in, 6);
      int prefixCount = in.readArrayHeader();
      List<String> prefixes = new ArrayList<>(Math.min(prefixCount, 16));
      for (int i = 0; i < prefixCount; i++) {
        prefixes.add(in.readText());
      }
      key(in, 7);
      int brandCount = in.readMapHeader();
      List<TrustedBrand> brands = new ArrayList<>(Math.min(brandCount, 1024));
      for (int i = 0; i < brandCount; i++) {
        int code = (int) in.readInt(0, 0xFFFF);
        if (in.readArrayHeader() != 2) {
          throw new TrustFormatException("brand " + code + " must be [id, name]");
        }
        String brandId = in.readText();
        String brandName = in.readText();
        requireCanonicalName(brandName, "brand name");
        brands.add(new TrustedBrand(code, BrandId.of(brandId), brandName));
      }
      key(in, 8);
      int certificateCount = in.readArrayHeader();
      List<byte[]> certificates = new ArrayList<>(Math.min(certificateCount, 1024));
      for (int i = 0; i < certificateCount; i++) {
        certificates.add(in.readBytes());
      }
      key(in, 9);
      int revokedCount = in.readMapHeader();
      List<MemberRevocation> revokedMembers = new ArrayList<>(Math.min(revokedCount, 1024));
      for (int i = 0; i < revokedCount; i++) {
        KeyId kid = readKeyId(in);
        revokedMembers.add(new MemberRevocation(kid, readInstant(in)));
      }
      key(in, 10);
      int groupCount = in.readMapHeader();
      List<TagRevocations> revokedTags = new ArrayList<>(Math.min(groupCount, 1024));
      for (int i = 0; i < groupCount; i++) {
        KeyId kid = readKeyId(in);
        int hashCount = in.readArrayHeader();
        List<SerialHash> hashes = new ArrayList<>(Math.min(hashCount, 1024));
        for (int j = 0; j < hashCount; j++) {
          hashes.add(SerialHash.of(in.readBytes()));
        }
        TagRevocations group = new TagRevocations(kid, hashes);
        requireCanonical(
            hashes.equals(group.serialHashes()), "serial hashes", "strictly ascending");
        revokedTags.add(group);
      }
      in.expectEnd();
      requireCanonicalName(name, "authority name");
      AuthorityProfile authority = new AuthorityProfile(id, name, prefixes, brands);
      return new RawTrustList(
          authority, sequence, issuedAt, nextUpdate, certificates, revokedMembers, revokedTags);
    } catch (CborException | InvalidValueException | TrustFormatException e) {
      throw new TrustFormatException("trust list: " + e.getMessage(), e);
    }
  }

  private static void expectMap(CborReader in, int keys, String what) {
    int found = in.readMapHeader();
    if (found != keys) {
      throw new TrustFormatException(what + " must be a map of " + keys + " keys, found " + found);
    }
  }

  private static void readVersion(CborReader in) {
    key(in, 0);
    int offset = in.offset();
    long version = in.readInt();
    if (version != FORMAT_VERSION) {
      throw new TrustFormatException("format version must be " + FORMAT_VERSION + ", found "
          + version + " at offset " + offset);
    }
  }

  private static void key(CborReader in, int expected) {
    int offset = in.offset();
    long found = in.readInt();
    if (found != expected) {
      throw new TrustFormatException(
          "expected key " + expected + ", found " + found + " at offset " + offset);
    }
  }

  private static LocalDate readDate(CborReader in) {
    return LocalDate.ofEpochDay(
        in.readInt(TrustChecks.MIN_DATE.toEpochDay(), TrustChecks.MAX_DATE.toEpochDay()));
  }

  private static Instant readInstant(CborReader in) {
    return Instant.ofEpochSecond(in.readInt(
        TrustChecks.MIN_INSTANT.getEpochSecond(), TrustChecks.MAX_INSTANT.getEpochSecond()));
  }

  private static KeyId readKeyId(CborReader in) {
    int offset = in.offset();
    byte[] bytes = in.readBytes();
    if (bytes.length != 8) {
      throw new TrustFormatException(
          "key id must be 8 bytes, found " + bytes.length + " at offset " + offset);
    }
    return KeyId.of(bytes);
  }

  private static TagPublicKey readKey(byte[] spki) {
    TagPublicKey key;
    try {
      key = TagPublicKey.fromSpkiDer(spki);
    } catch (KeyFormatException e) {
      throw new TrustFormatException("member key: " + e.getMessage(), e);
    }
    int expected =
        key.algorithm() == SignatureAlgorithm.ED25519 ? ED25519_SPKI_LENGTH : P256_SPKI_LENGTH;
    if (spki.length != expected || !Arrays.equals(spki, key.toSpkiDer())) {
      throw new TrustFormatException(
          "member key must be the " + expected + "-byte DER SubjectPublicKeyInfo of "
              + key.algorithm() + ", found " + spki.length + " bytes");
    }
    return key;
  }

  private static void requireCanonical(boolean ok, String what, String rule) {
    if (!ok) {
      throw new TrustFormatException(what + " must be " + rule);
    }
  }

  private static void requireCanonicalName(String name, String what) {
    requireCanonical(TrustChecks.isCanonicalName(name), what, "NFC without surrounding spaces");
  }
}
