package io.github.craftmark.provenance.tag;

import io.github.craftmark.provenance.internal.tag.TagText;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.trust.AuthorityProfile;
import io.github.craftmark.provenance.trust.MemberCertificate;
import io.github.craftmark.provenance.trust.TrustedBrand;

/**
 * A tag whose signature and issuer were checked: only {@link TagVerifier} makes one, inside a
 * {@link TagVerdict.Genuine}.
 *
 * <p>It holds the verified claims, the member certificate of the workshop that signed them, the
 * brand its code stands for and the village authority that certified the member.
 */
public final class VerifiedTag {
  private final String text;
  private final TagText.Parts parts;
  private final MemberCertificate member;
  private final TrustedBrand brand;
  private final AuthorityProfile authority;

  VerifiedTag(
      String text,
      TagText.Parts parts,
      MemberCertificate member,
      TrustedBrand brand,
      AuthorityProfile authority) {
    this.text = text;
    this.parts = parts;
    this.member = member;
    this.brand = brand;
    this.authority = authority;
  }

  /**
   * Returns the text the tag was read from.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the verified claims.
   *
   * @return the claims
   */
  public TagClaims claims() {
    return parts.claims();
  }

  /**
   * Returns the certificate of the member who signed the tag: its producer, brands and validity.
   *
   * @return the member certificate
   */
  public MemberCertificate member() {
    return member;
  }

  /**
   * Returns the brand the tag's brand code stands for in the authority's brand table.
   *
   * @return the brand, with its core id and name
   */
  public TrustedBrand brand() {
    return brand;
  }

  /**
   * Returns the village authority that certified the member: its id, name and verify prefixes.
   *
   * @return the authority's profile from its trust list
   */
  public AuthorityProfile authority() {
    return authority;
  }

  /**
   * Returns the verify prefix the text started with, upper case. The prefix is not signed.
   *
   * @return the prefix
   */
  public TagPrefix prefix() {
    return parts.prefix();
  }

  /**
   * Tells whether the text's prefix is one of the authority's verify prefixes. The prefix is not
   * signed: a copied tag may point phones at another site. Show a warning when this is false.
   *
   * @return whether the authority lists the prefix
   */
  public boolean isPrefixOfAuthority() {
    return authority.verifyPrefixes().contains(parts.prefix().value());
  }

  /**
   * Returns the algorithm the tag was signed with.
   *
   * @return the algorithm
   */
  public SignatureAlgorithm algorithm() {
    return parts.algorithm();
  }

  /**
   * Returns the signer's key id.
   *
   * @return the key id
   */
  public KeyId keyId() {
    return parts.keyId();
  }

  /** Returns the key id, serial, producer and brand. */
  @Override
  public String toString() {
    return "VerifiedTag[keyId="
        + parts.keyId()
        + ", serial="
        + parts.claims().serial()
        + ", producer="
        + member.producer()
        + ", brand="
        + brand.brandId()
        + "]";
  }
}
