package io.github.craftmark.provenance.trust;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.trust.TrustChecks;
import io.github.craftmark.provenance.key.KeyId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a village authority's signed trust list says: who the authority is, the list's sequence and
 * times, its member certificates and its revocations.
 *
 * <p>{@link VillageAuthority#trustList()} builds and signs one; {@link TrustStore#update} reads and
 * verifies one. The wire format is in {@code docs/trust-list-format.md}. Revocations are kept sorted
 * by key id, as they are written.
 *
 * @param authority the authority's id, name, verify prefixes and brand table
 * @param sequence the list's number, 1 or more; every list the authority publishes has a higher one
 * @param issuedAt when the list was made, a whole second in 2000..2199 (UTC)
 * @param nextUpdate when a newer list will be out, after {@code issuedAt}; after it the list is
 *     stale
 * @param members the member certificates, at most 100,000, each of this authority and for brands of
 *     its brand table, none twice
 * @param revokedMembers the withdrawn member keys, at most 100,000 distinct key ids
 * @param revokedTags the revoked tags grouped by member key id, at most 100,000 distinct key ids
 *     and 1,000,000 hashes in all
 */
public record TrustList(
    AuthorityProfile authority,
    long sequence,
    Instant issuedAt,
    Instant nextUpdate,
    List<MemberCertificate> members,
    List<MemberRevocation> revokedMembers,
    List<TagRevocations> revokedTags) {

  /** The most member certificates one list holds. */
  public static final int MAX_MEMBERS = 100_000;

  /** The most revoked member key ids one list holds. */
  public static final int MAX_REVOKED_MEMBERS = 100_000;

  /** The most member key ids with revoked tags one list holds. */
  public static final int MAX_REVOKED_TAG_GROUPS = 100_000;

  private static final Comparator<KeyId> KEY_ID_ORDER = Comparator.comparing(KeyId::toHex);

  /**
   * Validates the list, copies its lists and sorts the revocations by key id.
   *
   * @param authority the authority's id, name, verify prefixes and brand table
   * @param sequence the list's number, 1 or more
   * @param issuedAt when the list was made
   * @param nextUpdate when a newer list will be out, after {@code issuedAt}
   * @param members the member certificates
   * @param revokedMembers the withdrawn member keys
   * @param revokedTags the revoked tags grouped by member key id
   */
  public TrustList {
    TrustChecks.notNull("authority", authority);
    if (sequence < 1) {
      throw new InvalidValueException("sequence", "must be at least 1", sequence);
    }
    TrustChecks.instant("issuedAt", issuedAt);
    TrustChecks.instant("nextUpdate", nextUpdate);
    if (!nextUpdate.isAfter(issuedAt)) {
      throw new InvalidValueException(
          "nextUpdate", "must be after issuedAt " + issuedAt, nextUpdate);
    }
    members = checkMembers(authority, members);
    revokedMembers = checkRevokedMembers(revokedMembers);
    revokedTags = checkRevokedTags(revokedTags);
  }

  /**
   * Tells whether the list is stale: past its next update, so a revocation published since may be
   * missing.
   *
   * @param now the time of the check
   * @return true when {@code now} is after {@link #nextUpdate()}
   */
  public boolean isStale(Instant now) {
    return TrustChecks.notNull("now", now).isAfter(nextUpdate);
  }

  private static List<MemberCertificate> checkMembers(
      AuthorityProfile authority, List<MemberCertificate> members) {
    TrustChecks.notNull("members", members);
    if (members.size() > MAX_MEMBERS) {
      throw new InvalidValueException(
          "members", "must hold at most " + MAX_MEMBERS + " certificates", members.size());
    }
    Set<Integer> brandCodes = new HashSet<>();
    for (TrustedBrand brand : authority.brands()) {
      brandCodes.add(brand.code());
    }
    Set<MemberCertificate> seen = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      String field = "members[" + i + "]";
      MemberCertificate member = TrustChecks.notNull(field, members.get(i));
      if (!member.authorityId().equals(authority.id())) {
        throw new InvalidValueException(
            field + ".authorityId",
            "must be the list's authority " + authority.id(),
            member.authorityId());
      }
      for (int code : member.brandCodes()) {
        if (!brandCodes.contains(code)) {
          throw new InvalidValueException(
              field + ".brandCodes", "must be codes of the list's brand table", code);
        }
      }
      if (!seen.add(member)) {
        throw new InvalidValueException(field, "must not repeat a certificate", member.keyId());
      }
    }
    return List.copyOf(members);
  }

  private static List<MemberRevocation> checkRevokedMembers(List<MemberRevocation> revoked) {
    TrustChecks.notNull("revokedMembers", revoked);
    if (revoked.size() > MAX_REVOKED_MEMBERS) {
      throw new InvalidValueException(
          "revokedMembers",
          "must hold at most " + MAX_REVOKED_MEMBERS + " entries",
          revoked.size());
    }
    List<MemberRevocation> sorted = new ArrayList<>(revoked.size());
    for (int i = 0; i < revoked.size(); i++) {
      sorted.add(TrustChecks.notNull("revokedMembers[" + i + "]", revoked.get(i)));
    }
    sorted.sort(Comparator.comparing(MemberRevocation::keyId, KEY_ID_ORDER));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).keyId().equals(sorted.get(i - 1).keyId())) {
        throw new InvalidValueException(
            "revokedMembers", "must not repeat a key id", sorted.get(i).keyId());
      }
    }
    return List.copyOf(sorted);
  }

  private static List<TagRevocations> checkRevokedTags(List<TagRevocations> revoked) {
    TrustChecks.notNull("revokedTags", revoked);
    if (revoked.size() > MAX_REVOKED_TAG_GROUPS) {
      throw new InvalidValueException(
          "revokedTags",
          "must hold at most " + MAX_REVOKED_TAG_GROUPS + " key ids",
          revoked.size());
    }
    List<TagRevocations> sorted = new ArrayList<>(revoked.size());
    long hashes = 0;
    for (int i = 0; i < revoked.size(); i++) {
      TagRevocations group = TrustChecks.notNull("revokedTags[" + i + "]", revoked.get(i));
      hashes += group.serialHashes().size();
      sorted.add(group);
    }
    if (hashes > TagRevocations.MAX_HASHES) {
      throw new InvalidValueException(
          "revokedTags", "must hold at most " + TagRevocations.MAX_HASHES + " hashes", hashes);
    }
    sorted.sort(Comparator.comparing(TagRevocations::keyId, KEY_ID_ORDER));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).keyId().equals(sorted.get(i - 1).keyId())) {
        throw new InvalidValueException(
            "revokedTags", "must not repeat a key id", sorted.get(i).keyId());
      }
    }
    return List.copyOf(sorted);
  }
}
