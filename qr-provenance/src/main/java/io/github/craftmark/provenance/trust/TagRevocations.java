package io.github.craftmark.provenance.trust;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.trust.TrustChecks;
import io.github.craftmark.provenance.key.KeyId;
import java.util.ArrayList;
import java.util.List;

/**
 * The revoked tags of one member key, as a trust list groups them.
 *
 * @param keyId the key id of the member key that signed the tags
 * @param serialHashes the {@linkplain SerialHash hashes} of their serials, 1..1,000,000 distinct,
 *     kept sorted
 */
public record TagRevocations(KeyId keyId, List<SerialHash> serialHashes) {
  /** The most serial hashes one trust list holds, in all. */
  public static final int MAX_HASHES = 1_000_000;

  /**
   * Validates the group, copies the hashes and sorts them.
   *
   * @param keyId the key id of the member key that signed the tags
   * @param serialHashes the hashes of their serials, 1..1,000,000 distinct
   */
  public TagRevocations {
    TrustChecks.notNull("keyId", keyId);
    TrustChecks.notNull("serialHashes", serialHashes);
    if (serialHashes.isEmpty() || serialHashes.size() > MAX_HASHES) {
      throw new InvalidValueException(
          "serialHashes", "must hold 1.." + MAX_HASHES + " hashes", serialHashes.size());
    }
    List<SerialHash> sorted = new ArrayList<>(serialHashes.size());
    for (int i = 0; i < serialHashes.size(); i++) {
      sorted.add(TrustChecks.notNull("serialHashes[" + i + "]", serialHashes.get(i)));
    }
    sorted.sort(null);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).equals(sorted.get(i - 1))) {
        throw new InvalidValueException("serialHashes", "must not repeat", sorted.get(i));
      }
    }
    serialHashes = List.copyOf(sorted);
  }
}
