package io.github.craftmark.provenance.trust;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.trust.TrustChecks;
import io.github.craftmark.provenance.key.KeyId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds and signs a village authority's next trust list: members, revocations, sequence and
 * validity. Get one from {@link VillageAuthority#trustList()} or {@link
 * VillageAuthority#nextTrustList(TrustList)}.
 *
 * <p>The list is stamped with the time of the clock given to {@link #build(Clock)} or {@link
 * #publish(Clock)} (whole seconds) and is due for update {@link #validFor(Duration) 7 days} later
 * unless told otherwise. Not thread-safe.
 */
public final class TrustListBuilder {
  /** How long a list stays fresh unless {@link #validFor(Duration)} says otherwise. */
  public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);

  private final VillageAuthority authority;
  private long sequence = 1;
  private Duration validity = DEFAULT_VALIDITY;
  private final List<MemberCertificate> members = new ArrayList<>();
  private final Map<KeyId, MemberRevocation> revokedMembers = new LinkedHashMap<>();
  private final Map<KeyId, TreeSet<SerialHash>> revokedTags = new LinkedHashMap<>();

  TrustListBuilder(VillageAuthority authority) {
    this.authority = authority;
  }

  TrustListBuilder from(TrustList previous) {
    members.addAll(previous.members());
    for (MemberRevocation revocation : previous.revokedMembers()) {
      revokedMembers.put(revocation.keyId(), revocation);
    }
    for (TagRevocations group : previous.revokedTags()) {
      revokedTags.put(group.keyId(), new TreeSet<>(group.serialHashes()));
    }
    return this;
  }

  /**
   * Sets the list's sequence number: higher than every list this authority published before.
   *
   * @param value 1 or more
   * @return this builder
   */
  public TrustListBuilder sequence(long value) {
    if (value < 1) {
      throw new InvalidValueException("sequence", "must be at least 1", value);
    }
    this.sequence = value;
    return this;
  }

  /**
   * Sets how long after its issue time the list is due for update (and then stale).
   *
   * @param value a positive duration of at least one second
   * @return this builder
   */
  public TrustListBuilder validFor(Duration value) {
    TrustChecks.notNull("validity", value);
    if (value.getSeconds() < 1) {
      throw new InvalidValueException("validity", "must be at least one second", value);
    }
    this.validity = value;
    return this;
  }

  /**
   * Adds a member certificate of this authority (see {@link VillageAuthority#certifyMember}).
   *
   * @param member the certificate
   * @return this builder
   */
  public TrustListBuilder addMember(MemberCertificate member) {
    authority.checkOwn(member);
    members.add(member);
    return this;
  }

  /**
   * Removes every member certificate whose key has this key id (a member who left; to distrust the
   * key itself, {@link #revokeMember(KeyId, Instant) revoke} it).
   *
   * @param keyId the member key id
   * @return this builder
   */
  public TrustListBuilder removeMember(KeyId keyId) {
    TrustChecks.notNull("keyId", keyId);
    members.removeIf(member -> member.keyId().equals(keyId));
    return this;
  }

  /**
   * Revokes a member key: verifiers reject every tag it signed, whatever its date made.
   *
   * @param keyId the member key id
   * @param revokedAt when it was withdrawn (whole seconds)
   * @return this builder
   */
  public TrustListBuilder revokeMember(KeyId keyId, Instant revokedAt) {
    revokedMembers.put(TrustChecks.notNull("keyId", keyId), new MemberRevocation(keyId, revokedAt));
    return this;
  }

  /**
   * Revokes one tag by its serial (a stolen or destroyed item).
   *
   * @param keyId the key id of the member key that signed the tag
   * @param serial the tag's serial bytes
   * @return this builder
   */
  public TrustListBuilder revokeTag(KeyId keyId, byte[] serial) {
    return revokeTagHash(keyId, SerialHash.compute(serial));
  }

  /**
   * Revokes one tag by the hash of its serial.
   *
   * @param keyId the key id of the member key that signed the tag
   * @param serialHash the serial's hash
   * @return this builder
   */
  public TrustListBuilder revokeTagHash(KeyId keyId, SerialHash serialHash) {
    TrustChecks.notNull("keyId", keyId);
    TrustChecks.notNull("serialHash", serialHash);
    revokedTags.computeIfAbsent(keyId, k -> new TreeSet<>()).add(serialHash);
    return this;
  }

  /**
   * Builds the list, issued now by {@code clock} (truncated to the second).
   *
   * @param clock the clock
   * @return the list
   */
  public TrustList build(Clock clock) {
    TrustChecks.notNull("clock", clock);
    Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant nextUpdate;
    try {
      nextUpdate = issuedAt.plus(validity);
    } catch (ArithmeticException e) {
      throw new InvalidValueException("validity", "must keep next update in range", validity);
    }
    nextUpdate = nextUpdate.truncatedTo(ChronoUnit.SECONDS);
    List<TagRevocations> tags = new ArrayList<>(revokedTags.size());
    for (Map.Entry<KeyId, TreeSet<SerialHash>> entry : revokedTags.entrySet()) {
      tags.add(new TagRevocations(entry.getKey(), new ArrayList<>(entry.getValue())));
    }
    return new TrustList(
        authority.profile(),
        sequence,
        issuedAt,
        nextUpdate,
        members,
        new ArrayList<>(revokedMembers.values()),
        tags);
  }

  /**
   * Builds the list and signs it with the authority's root.
   *
   * @param clock the clock
   * @return the signed list (tagged COSE_Sign1), to publish for verifiers
   */
  public byte[] publish(Clock clock) {
    return authority.sign(build(clock));
  }
}
