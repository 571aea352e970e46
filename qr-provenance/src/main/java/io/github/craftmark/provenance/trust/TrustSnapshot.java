package io.github.craftmark.provenance.trust;

import io.github.craftmark.provenance.key.KeyId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The trust lists a {@link TrustStore} held at one moment: immutable, so a verifier takes one per
 * tag and sees one consistent state even while new lists arrive.
 *
 * <p>Lookups by key id, revocation checks and brand lookups take constant time. Safe for use from
 * any thread.
 */
public interface TrustSnapshot {
  /**
   * Finds every member certificate, of every accepted authority, whose key has this key id.
   *
   * <p>Key ids are 8 bytes and can collide: a verifier tries each certificate's key in turn.
   *
   * @param kid the key id a tag names
   * @return the certificates, in trust list order; empty when none
   */
  List<MemberCertificate> membersWithKeyId(KeyId kid);

  /**
   * Tells whether the member's authority has revoked the member's key.
   *
   * @param member a certificate from this snapshot
   * @return true when its authority's list revokes its key id; false for a member of an authority
   *     this snapshot holds no list of
   */
  boolean isMemberRevoked(MemberCertificate member);

  /**
   * Tells whether a tag is revoked: any accepted list revokes the hash of this serial under this
   * member key id.
   *
   * @param kid the key id of the member key that signed the tag
   * @param serial the tag's serial bytes
   * @return true when revoked
   */
  boolean isTagRevoked(KeyId kid, byte[] serial);

  /**
   * Tells whether the member's authority's list is stale: past its next update, so a revocation
   * published since may be missing.
   *
   * @param member a certificate from this snapshot
   * @param now the time of the verification
   * @return true when stale, and for a member of an authority this snapshot holds no list of
   */
  boolean isStale(MemberCertificate member, Instant now);

  /**
   * Finds a brand in the brand table of the member's authority.
   *
   * <p>Whether the member may use it is {@link MemberCertificate#allowsBrand(int)}.
   *
   * @param member a certificate from this snapshot
   * @param brandCode the brand code a tag carries
   * @return the brand, or empty when the authority's table has no such code
   */
  Optional<TrustedBrand> brand(MemberCertificate member, int brandCode);

  /**
   * Returns the accepted trust lists, one per authority, ordered by authority id.
   *
   * @return the lists
   */
  List<TrustList> trustLists();

  /**
   * Finds the accepted trust list of an authority.
   *
   * @param authorityId the authority id
   * @return the list, or empty when none was accepted
   */
  Optional<TrustList> trustList(String authorityId);
}
