package io.github.craftmark.provenance.internal.trust;

import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.TagPublicKey;
import io.github.craftmark.provenance.trust.MemberCertificate;
import io.github.craftmark.provenance.trust.MemberRevocation;
import io.github.craftmark.provenance.trust.SerialHash;
import io.github.craftmark.provenance.trust.TagRevocations;
import io.github.craftmark.provenance.trust.TrustList;
import io.github.craftmark.provenance.trust.TrustSnapshot;
import io.github.craftmark.provenance.trust.TrustedBrand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable trust store state: the accepted list of each authority, indexed for the verifier.
 * A store replaces its whole state at once, so readers never see half an update.
 */
public final class TrustState implements TrustSnapshot {
  /** The state of a store that accepted nothing yet. */
  public static final TrustState EMPTY = new TrustState(List.of());

  /**
   * One authority's accepted list, indexed.
   *
   * @param list what the list says
   * @param signedBytes the exact bytes accepted, kept to save the state and to spot re-delivery
   * @param signingRoot the root that signed it
   */
  public record Authority(TrustList list, byte[] signedBytes, TagPublicKey signingRoot) {
    /**
     * Copies the bytes.
     *
     * @param list what the list says
     * @param signedBytes the exact bytes accepted
     * @param signingRoot the root that signed it
     */
    public Authority {
      TrustChecks.notNull("list", list);
      signedBytes = TrustChecks.notNull("signedBytes", signedBytes).clone();
      // A snapshot made for tests from lists that were never signed carries no root.
    }

    /**
     * Returns the exact bytes accepted.
     *
     * @return a copy
     */
    @Override
    public byte[] signedBytes() {
      return signedBytes.clone();
    }

    /**
     * Tells whether these are the bytes accepted.
     *
     * @param bytes other bytes
     * @return true when equal
     */
    public boolean hasBytes(byte[] bytes) {
      return Arrays.equals(signedBytes, bytes);
    }
  }

  private record Indexed(
      Authority authority,
      Set<KeyId> revokedMembers,
      Map<KeyId, Set<SerialHash>> revokedTags,
      Map<Integer, TrustedBrand> brands) {}

  private final Map<String, Indexed> byAuthority;
  private final Map<KeyId, List<MemberCertificate>> byKeyId;
  private final List<TrustList> lists;

  private TrustState(Collection<Authority> authorities) {
    this(indexAll(authorities));
  }

  private TrustState(TreeMap<String, Indexed> sorted) {
    Map<KeyId, List<MemberCertificate>> kids = new HashMap<>();
    List<TrustList> all = new ArrayList<>(sorted.size());
    for (Indexed indexed : sorted.values()) {
      TrustList list = indexed.authority().list();
      all.add(list);
      for (MemberCertificate member : list.members()) {
        kids.computeIfAbsent(member.keyId(), k -> new ArrayList<>(1)).add(member);
      }
    }
    kids.replaceAll((k, v) -> List.copyOf(v));
    this.byAuthority = Collections.unmodifiableMap(sorted);
    this.byKeyId = kids;
    this.lists = List.copyOf(all);
  }

  private static TreeMap<String, Indexed> indexAll(Collection<Authority> authorities) {
    TreeMap<String, Indexed> sorted = new TreeMap<>();
    for (Authority authority : authorities) {
      sorted.put(authority.list().authority().id(), index(authority));
    }
    return sorted;
  }

  /**
   * Returns a state holding these authorities' lists.
   *
   * @param authorities one entry per authority id
   * @return the state
   */
  public static TrustState of(Collection<Authority> authorities) {
    return new TrustState(List.copyOf(authorities));
  }

  /**
   * Returns a state holding these lists as if a store had accepted them, for tests of code that
   * reads snapshots (for example with member certificates whose key ids collide).
   *
   * @param lists the lists, one per authority
   * @return the state
   */
  public static TrustState ofUnsigned(Collection<TrustList> lists) {
    List<Authority> authorities = new ArrayList<>();
    for (TrustList list : lists) {
      authorities.add(new Authority(list, new byte[0], null));
    }
    return of(authorities);
  }

  /**
   * Returns this state with one authority's list replaced or added.
   *
   * @param authority the new entry
   * @return the new state
   */
  public TrustState with(Authority authority) {
    // Only the new list is indexed again; the others' indexes are immutable and shared.
    TreeMap<String, Indexed> next = new TreeMap<>(byAuthority);
    next.put(authority.list().authority().id(), index(authority));
    return new TrustState(next);
  }

  /**
   * Finds the entry of an authority.
   *
   * @param authorityId the authority id
   * @return the entry, or empty
   */
  public Optional<Authority> authority(String authorityId) {
    Indexed indexed = byAuthority.get(authorityId);
    return indexed == null ? Optional.empty() : Optional.of(indexed.authority());
  }

  /**
   * Returns every entry, ordered by authority id.
   *
   * @return the entries
   */
  public List<Authority> authorities() {
    List<Authority> all = new ArrayList<>(lists.size());
    for (TrustList list : lists) {
      all.add(byAuthority.get(list.authority().id()).authority());
    }
    return all;
  }

  @Override
  public List<MemberCertificate> membersWithKeyId(KeyId kid) {
    List<MemberCertificate> members = byKeyId.get(kid);
    return members == null ? List.of() : members;
  }

  @Override
  public boolean isMemberRevoked(MemberCertificate member) {
    Indexed indexed = byAuthority.get(member.authorityId());
    return indexed != null && indexed.revokedMembers().contains(member.keyId());
  }

  @Override
  public boolean isTagRevoked(KeyId kid, byte[] serial) {
    SerialHash hash = null;
    for (Indexed indexed : byAuthority.values()) {
      Set<SerialHash> revoked = indexed.revokedTags().get(kid);
      if (revoked != null) {
        if (hash == null) {
          hash = SerialHash.compute(serial);
        }
        if (revoked.contains(hash)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public boolean isStale(MemberCertificate member, Instant now) {
    TrustChecks.notNull("now", now);
    Indexed indexed = byAuthority.get(member.authorityId());
    return indexed == null || indexed.authority().list().isStale(now);
  }

  @Override
  public Optional<TrustedBrand> brand(MemberCertificate member, int brandCode) {
    Indexed indexed = byAuthority.get(member.authorityId());
    return indexed == null
        ? Optional.empty()
        : Optional.ofNullable(indexed.brands().get(brandCode));
  }

  @Override
  public List<TrustList> trustLists() {
    return lists;
  }

  @Override
  public Optional<TrustList> trustList(String authorityId) {
    Indexed indexed = authorityId == null ? null : byAuthority.get(authorityId);
    return indexed == null ? Optional.empty() : Optional.of(indexed.authority().list());
  }

  private static Indexed index(Authority authority) {
    TrustList list = authority.list();
    Set<KeyId> revokedMembers = new HashSet<>();
    for (MemberRevocation revocation : list.revokedMembers()) {
      revokedMembers.add(revocation.keyId());
    }
    Map<KeyId, Set<SerialHash>> revokedTags = new HashMap<>();
    for (TagRevocations group : list.revokedTags()) {
      revokedTags.put(group.keyId(), Set.copyOf(group.serialHashes()));
    }
    Map<Integer, TrustedBrand> brands = new HashMap<>();
    for (TrustedBrand brand : list.authority().brands()) {
      brands.put(brand.code(), brand);
    }
    return new Indexed(
        authority, Set.copyOf(revokedMembers), Map.copyOf(revokedTags), Map.copyOf(brands));
  }

  @Override
  public String toString() {
    return "TrustState" + byAuthority.keySet();
  }
}
