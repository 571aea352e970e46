package io.github.craftmark.provenance.trust;

import io.github.craftmark.provenance.internal.trust.TrustChecks;
import io.github.craftmark.provenance.key.KeyId;
import java.time.Instant;

/**
 * A member key withdrawn by its village authority, as a trust list lists it.
 *
 * <p>It revokes every certificate of that authority whose member key has this key id, and a
 * verifier rejects every tag signed by such a key whatever its date made: whoever holds a stolen
 * key can write any date. The instant is kept for the record.
 *
 * @param keyId the key id of the withdrawn member key
 * @param revokedAt when the authority withdrew it, a whole second in 2000..2199 (UTC)
 */
public record MemberRevocation(KeyId keyId, Instant revokedAt) {
  /**
   * Validates the revocation.
   *
   * @param keyId the key id of the withdrawn member key
   * @param revokedAt when the authority withdrew it
   */
  public MemberRevocation {
    TrustChecks.notNull("keyId", keyId);
    TrustChecks.instant("revokedAt", revokedAt);
  }
}
