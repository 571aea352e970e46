package io.github.craftmark.provenance.key;

import io.github.craftmark.core.InvalidValueException;
import java.util.Optional;

/**
 * The signature algorithms a tag, member certificate or trust list may be signed with.
 *
 * <p>Both give a 64-byte signature. ECDSA signatures are always the raw {@code r‖s} form that COSE
 * uses (RFC 9053 §2.1), never DER.
 */
public enum SignatureAlgorithm {
  /** EdDSA over Ed25519 (RFC 8032), COSE algorithm -8 {@code "EdDSA"}; the default. */
  ED25519(-8, "EdDSA", "Ed25519"),

  /** ECDSA over P-256 with SHA-256, COSE algorithm -7 {@code "ES256"}. */
  ES256(-7, "ES256", "P-256");

  private final int coseAlgorithm;
  private final String coseName;
  private final String curve;

  SignatureAlgorithm(int coseAlgorithm, String coseName, String curve) {
    this.coseAlgorithm = coseAlgorithm;
    this.coseName = coseName;
    this.curve = curve;
  }

  /**
   * Returns the COSE algorithm identifier (IANA "COSE Algorithms" registry).
   *
   * @return -8 for Ed25519, -7 for ES256
   */
  public int coseAlgorithm() {
    return coseAlgorithm;
  }

  /**
   * Returns the COSE and JOSE name of the algorithm.
   *
   * @return {@code "EdDSA"} or {@code "ES256"}
   */
  public String coseName() {
    return coseName;
  }

  /**
   * Returns the name of the curve, as JWK's {@code crv} spells it.
   *
   * @return {@code "Ed25519"} or {@code "P-256"}
   */
  public String curve() {
    return curve;
  }

  /**
   * Returns the length of a signature in bytes.
   *
   * @return 64 for both algorithms
   */
  public int signatureLength() {
    return 64;
  }

  /**
   * Returns the algorithm with this COSE identifier.
   *
   * @param coseAlgorithm the COSE algorithm identifier
   * @return the algorithm
   * @throws InvalidValueException when the identifier is neither -8 nor -7
   */
  public static SignatureAlgorithm fromCose(long coseAlgorithm) {
    return findCose(coseAlgorithm)
        .orElseThrow(() -> new InvalidValueException(
            "coseAlgorithm", "must be -8 (EdDSA) or -7 (ES256)", coseAlgorithm));
  }

  /**
   * Returns the algorithm with this COSE identifier, if it is one of ours.
   *
   * @param coseAlgorithm the COSE algorithm identifier
   * @return the algorithm, or empty when it is not supported
   */
  public static Optional<SignatureAlgorithm> findCose(long coseAlgorithm) {
    if (coseAlgorithm == -8) {
      return Optional.of(ED25519);
    } else if (coseAlgorithm == -7) {
      return Optional.of(ES256);
    }
    return Optional.empty();
  }
}
