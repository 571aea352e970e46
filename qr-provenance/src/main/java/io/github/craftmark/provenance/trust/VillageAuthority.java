package io.github.craftmark.provenance.trust;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.provenance.ProvenanceException;
import io.github.craftmark.provenance.internal.trust.Certificates;
import io.github.craftmark.provenance.internal.trust.SignedObjects;
import io.github.craftmark.provenance.internal.trust.TrustChecks;
import io.github.craftmark.provenance.internal.trust.TrustCodec;
import io.github.craftmark.provenance.internal.trust.TrustFormatException;
import io.github.craftmark.provenance.key.TagPublicKey;
import io.github.craftmark.provenance.key.TagSigner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A village authority (the association or cooperative that owns a village brand) with its root
 * key: it certifies its members' tag keys and publishes signed trust lists.
 *
 * <pre>{@code
 * VillageAuthority batTrang = VillageAuthority.of(profile, rootSigner);
 * MemberCertificate member = batTrang.certifyMember(memberKey, ProducerId.of("xuong-gom-minh-long"),
 *     List.of(1), List.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
 * byte[] list = batTrang.trustList().sequence(42).addMember(member).publish(clock);
 * }</pre>
 *
 * <p>The root signer is the seam for an HSM or a cloud KMS: the authority only ever asks it to
 * sign. Immutable and thread-safe when the signer is.
 */
public final class VillageAuthority {
  private final AuthorityProfile profile;
  private final TagSigner root;

  private VillageAuthority(AuthorityProfile profile, TagSigner root) {
    this.profile = TrustChecks.notNull("profile", profile);
    this.root = TrustChecks.notNull("root", root);
  }

  /**
   * Returns the authority with this profile and root key.
   *
   * @param profile its id, name, verify prefixes and brand table
   * @param root its root signing key; verifiers pin its public key
   * @return the authority
   */
  public static VillageAuthority of(AuthorityProfile profile, TagSigner root) {
    return new VillageAuthority(profile, root);
  }

  /**
   * Returns the authority's id, name, verify prefixes and brand table.
   *
   * @return the profile
   */
  public AuthorityProfile profile() {
    return profile;
  }

  /**
   * Returns the root public key that verifiers pin.
   *
   * @return the key
   */
  public TagPublicKey rootKey() {
    return root.publicKey();
  }

  /**
   * Returns this authority with another profile (a new brand, a new verify prefix), same root.
   *
   * @param newProfile the profile; its id must stay the same
   * @return the authority
   */
  public VillageAuthority withProfile(AuthorityProfile newProfile) {
    TrustChecks.notNull("profile", newProfile);
    if (!newProfile.id().equals(profile.id())) {
      throw new InvalidValueException("profile.id", "must stay " + profile.id(), newProfile.id());
    }
    return new VillageAuthority(newProfile, root);
  }

  /**
   * Certifies a member's tag key: the producer may sign tags of these brands (and categories) made
   * from {@code validFrom} through {@code validUntil}.
   *
   * @param memberKey the member's public tag key
   * @param producer the producer it belongs to
   * @param brandCodes 1..64 codes of this authority's brand table
   * @param categories 0..16 core craft category codes; empty means any
   * @param validFrom the first day a tag may have been made (inclusive)
   * @param validUntil the last day a tag may have been made (inclusive)
   * @return the certificate, for {@link TrustListBuilder#addMember(MemberCertificate)}
   * @throws InvalidValueException when a value breaks a rule, or a brand code is not in the table
   */
  public MemberCertificate certifyMember(
      TagPublicKey memberKey,
      ProducerId producer,
      List<Integer> brandCodes,
      List<String> categories,
      LocalDate validFrom,
      LocalDate validUntil) {
    TrustChecks.notNull("memberKey", memberKey);
    MemberCertificate certificate = new MemberCertificate(
        memberKey,
        memberKey.keyId(),
        producer,
        profile.id(),
        brandCodes,
        categories,
        validFrom,
        validUntil);
    checkBrands(certificate);
    return certificate;
  }

  /**
   * Signs a member certificate on its own (a tagged COSE_Sign1), for the member to keep or show.
   * Trust lists carry their certificates in this form.
   *
   * @param certificate a certificate of this authority
   * @return the signed certificate
   */
  public byte[] signCertificate(MemberCertificate certificate) {
    checkOwn(certificate);
    return Certificates.sign(root, certificate);
  }

  /**
   * Reads a signed member certificate and checks that this authority's root signed it.
   *
   * @param signedCertificate a tagged COSE_Sign1 member certificate
   * @return the certificate
   * @throws ProvenanceException when it is malformed or not signed by this authority's root
   */
  public MemberCertificate readCertificate(byte[] signedCertificate) {
    try {
      MemberCertificate certificate =
          Certificates.verify(signedCertificate, List.of(root.publicKey()));
      if (!certificate.authorityId().equals(profile.id())) {
        throw new ProvenanceException("member certificate is of authority "
            + certificate.authorityId() + ", not " + profile.id());
      }
      return certificate;
    } catch (TrustFormatException | Certificates.BadSignature e) {
      throw new ProvenanceException(e.getMessage(), e);
    }
  }

  /**
   * Starts a trust list with sequence 1 and no members; set the sequence when the authority has
   * published before, or start from the last list with {@link #nextTrustList(TrustList)}.
   *
   * @return the builder
   */
  public TrustListBuilder trustList() {
    return new TrustListBuilder(this);
  }

  /**
   * Starts the list after {@code previous}: its members and revocations, sequence plus one.
   *
   * @param previous the last list this authority published (see {@link #readTrustList(byte[])})
   * @return the builder
   */
  public TrustListBuilder nextTrustList(TrustList previous) {
    TrustChecks.notNull("previous", previous);
    if (!previous.authority().id().equals(profile.id())) {
      throw new InvalidValueException(
          "previous", "must be a list of " + profile.id(), previous.authority().id());
    }
    if (previous.sequence() == Long.MAX_VALUE) {
      throw new InvalidValueException(
          "previous.sequence", "must leave room for a next list", previous.sequence());
    }
    return new TrustListBuilder(this).from(previous).sequence(previous.sequence() + 1);
  }

  /**
   * Signs a trust list of this authority (its profile must be this authority's).
   *
   * @param list the list
   * @return the signed list (tagged COSE_Sign1), as verifiers download it
   */
  public byte[] sign(TrustList list) {
    TrustChecks.notNull("list", list);
    if (!list.authority().equals(profile)) {
      throw new InvalidValueException(
          "list.authority",
          "must be this authority's profile " + profile.id(),
          list.authority().id());
    }
    List<byte[]> certificates = new ArrayList<>(list.members().size());
    for (MemberCertificate member : list.members()) {
      certificates.add(Certificates.sign(root, member));
    }
    byte[] signed = SignedObjects.sign(
        root, TrustCodec.TRUST_LIST_CONTEXT, TrustCodec.encodeTrustList(list, certificates));
    if (signed.length > TrustCodec.MAX_TRUST_LIST_BYTES) {
      throw new InvalidValueException(
          "list",
          "must encode to at most " + TrustCodec.MAX_TRUST_LIST_BYTES + " bytes",
          signed.length + " bytes");
    }
    return signed;
  }

  /**
   * Reads a trust list this authority signed, for example the last one published, to build the
   * next.
   *
   * @param signedTrustList the signed list
   * @return what it says
   * @throws ProvenanceException when it is malformed or not signed by this authority's root
   */
  public TrustList readTrustList(byte[] signedTrustList) {
    TrustStore own = TrustStore.pinningByAuthority(Map.of(profile.id(), List.of(rootKey())));
    TrustListUpdate result = own.restoreOne(signedTrustList);
    if (result instanceof TrustListUpdate.Accepted accepted) {
      return accepted.trustList();
    }
    TrustListUpdate.Rejected rejected = (TrustListUpdate.Rejected) result;
    throw new ProvenanceException("not a trust list of " + profile.id() + ": "
        + rejected.reason().code() + ": " + rejected.detail());
  }

  void checkOwn(MemberCertificate certificate) {
    TrustChecks.notNull("certificate", certificate);
    if (!certificate.authorityId().equals(profile.id())) {
      throw new InvalidValueException(
          "certificate.authorityId", "must be " + profile.id(), certificate.authorityId());
    }
    checkBrands(certificate);
  }

  private void checkBrands(MemberCertificate certificate) {
    for (int code : certificate.brandCodes()) {
      if (profile.brand(code).isEmpty()) {
        throw new InvalidValueException(
            "brandCodes", "must be codes of the brand table of " + profile.id(), code);
      }
    }
  }

  @Override
  public String toString() {
    return "VillageAuthority[" + profile.id() + ", root " + root.keyId() + "]";
  }
}
