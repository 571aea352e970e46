/**
 * Village trust: village authorities certify their members' tag keys and publish signed trust
 * lists; verifiers pin the authorities' root keys and keep the latest lists, offline.
 *
 * <p>A {@link io.github.craftmark.provenance.trust.VillageAuthority} holds a root key, certifies
 * members ({@link io.github.craftmark.provenance.trust.MemberCertificate}) and publishes trust
 * lists with a {@link io.github.craftmark.provenance.trust.TrustListBuilder}. A {@link
 * io.github.craftmark.provenance.trust.TrustStore} pinning the roots accepts only newer lists (no
 * rollback), keeps its state across restarts, and gives the tag verifier an immutable {@link
 * io.github.craftmark.provenance.trust.TrustSnapshot} per call. The wire format is specified in
 * {@code docs/trust-list-format.md}.
 */
package io.github.craftmark.provenance.trust;
