package io.github.craftmark.provenance.tag;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.tag.TagDecodingException;
import io.github.craftmark.provenance.internal.tag.TagText;
import io.github.craftmark.provenance.qr.QrImageDecoder;
import io.github.craftmark.provenance.trust.AuthorityProfile;
import io.github.craftmark.provenance.trust.MemberCertificate;
import io.github.craftmark.provenance.trust.TrustList;
import io.github.craftmark.provenance.trust.TrustSnapshot;
import io.github.craftmark.provenance.trust.TrustStore;
import io.github.craftmark.provenance.trust.TrustedBrand;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Verifies tags offline against the trust lists a {@link TrustStore} holds: one call, a verdict,
 * never an exception.
 *
 * <pre>{@code
 * TagVerifier verifier = TagVerifier.builder().trustStore(store).clock(clock).build();
 * TagVerdict verdict = verifier.verify(scannedText);
 * }</pre>
 *
 * <p>The checks, in order (the first that fails decides the {@link RejectionReason}): the text's
 * length, prefix and profile digit; its digits and claims; a member certificate with the tag's key
 * id; a trust list that is not stale; the signature; the member's key not revoked; the date made
 * within the certificate; the brand; the craft category; the tag not revoked. Input is bounded
 * before any work ({@code docs/tag-format.md} § 6), so hostile text costs little.
 *
 * <p>Instances are immutable and safe for concurrent use; each call reads one snapshot of the
 * trust store, so a trust list arriving meanwhile never mixes into a verification.
 */
public final class TagVerifier {
  private static final System.Logger LOG = System.getLogger(TagVerifier.class.getName());

  private final TrustStore trustStore;
  private final Supplier<TrustSnapshot> snapshots;
  private final Clock clock;
  private final Set<TagPrefix> acceptedPrefixes;

  private TagVerifier(Builder b) {
    if (b.trustStore == null && b.snapshots == null) {
      throw new InvalidValueException("trustStore", "must not be null", null);
    }
    if (b.clock == null) {
      throw new InvalidValueException("clock", "must not be null", null);
    }
    this.trustStore = b.trustStore;
    this.snapshots = b.snapshots != null ? b.snapshots : b.trustStore::snapshot;
    this.clock = b.clock;
    this.acceptedPrefixes = b.acceptedPrefixes == null ? null : Set.copyOf(b.acceptedPrefixes);
  }

  /**
   * Starts a verifier.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this verifier's settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().trustStore(trustStore).clock(clock);
    b.snapshots = trustStore == null ? snapshots : null;
    b.acceptedPrefixes = acceptedPrefixes;
    return b;
  }

  /**
   * Verifies the text scanned from a tag's QR code.
   *
   * @param scannedText the text, e.g. {@code "HTTPS://BATTRANG.VN/T/1004…"}; any string, null
   *     included
   * @return {@link TagVerdict.Genuine} with the verified tag, or {@link TagVerdict.Rejected} with
   *     the reason; never null, never an exception
   */
  public TagVerdict verify(String scannedText) {
    try {
      return check(scannedText);
    } catch (RuntimeException e) {
      // A bug or a failing trust store, never a property of the input: say so, do not crash.
      LOG.log(System.Logger.Level.WARNING, "tag verification failed unexpectedly", e);
      return rejected(
          RejectionReason.MALFORMED,
          "unexpected failure while verifying: " + e.getClass().getName());
    }
  }

  /**
   * Verifies the tag in a picture: a scan, a screenshot or a phone photo of a printed label.
   *
   * @param image the picture; null included; pictures of more than 100 million pixels are refused
   *     unread
   * @return {@link RejectionReason#UNREADABLE_IMAGE} when no QR code can be read, else the verdict
   *     on its text; never an exception
   */
  public TagVerdict verify(BufferedImage image) {
    return verifyDecoded(() -> QrImageDecoder.decode(image));
  }

  /**
   * Verifies the tag in an image file (PNG, JPEG, GIF or BMP), as uploaded or photographed.
   *
   * @param imageFile the file's bytes, null included; files over 32 MiB or of more than 100
   *     million pixels are refused unread
   * @return {@link RejectionReason#UNREADABLE_IMAGE} when no QR code can be read, else the verdict
   *     on its text; never an exception
   */
  public TagVerdict verifyImage(byte[] imageFile) {
    return verifyDecoded(() -> QrImageDecoder.decodeImage(imageFile));
  }

  private TagVerdict verifyDecoded(Supplier<Optional<String>> decoding) {
    Optional<String> text;
    try {
      text = decoding.get();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "QR image decoding failed unexpectedly", e);
      text = Optional.empty();
    }
    return text.isPresent()
        ? verify(text.get())
        : rejected(RejectionReason.UNREADABLE_IMAGE, "no QR code could be read from the image");
  }

  private TagVerdict check(String text) {
    TagText.Parts parts;
    try {
      parts = TagText.read(text, acceptedPrefixes);
    } catch (TagDecodingException e) {
      return rejected(
          e.unsupportedVersion() ? RejectionReason.UNSUPPORTED_VERSION : RejectionReason.MALFORMED,
          e.getMessage() + " at index " + e.index());
    }
    TrustSnapshot snapshot = snapshots.get();
    List<MemberCertificate> candidates = snapshot.membersWithKeyId(parts.keyId());
    if (candidates.isEmpty()) {
      return rejected(
          RejectionReason.UNKNOWN_ISSUER,
          "no trusted member certificate has key id " + parts.keyId());
    }
    // Steps 8 and 9 in one pass: the first fresh certificate whose key verifies is the issuer.
    // Without one, no fresh certificate means a stale list, else a bad signature.
    Instant now = clock.instant();
    byte[] signed = null;
    MemberCertificate issuer = null;
    int fresh = 0;
    for (MemberCertificate candidate : candidates) {
      if (snapshot.isStale(candidate, now)) {
        continue;
      }
      fresh++;
      if (candidate.memberKey().algorithm() == parts.algorithm()) {
        if (signed == null) {
          signed = parts.sigStructure();
        }
        if (candidate.memberKey().verify(signed, parts.signature())) {
          issuer = candidate;
          break;
        }
      }
    }
    if (fresh == 0) {
      MemberCertificate first = candidates.get(0);
      return rejected(
          RejectionReason.TRUST_LIST_STALE,
          "the trust list of "
              + first.authorityId()
              + staleSince(snapshot.trustList(first.authorityId()))
              + " at "
              + now);
    }
    if (issuer == null) {
      return rejected(
          RejectionReason.BAD_SIGNATURE,
          "the "
              + parts.algorithm()
              + " signature does not verify with the "
              + fresh
              + " member key(s) with key id "
              + parts.keyId());
    }
    TagClaims claims = parts.claims();
    if (snapshot.isMemberRevoked(issuer)) {
      return rejected(
          RejectionReason.ISSUER_REVOKED,
          "member key " + issuer.keyId() + " of " + issuer.producer() + " is revoked");
    }
    if (!issuer.isValidOn(claims.dateMade())) {
      return rejected(
          RejectionReason.ISSUER_OUTSIDE_VALIDITY,
          "date made "
              + claims.dateMade()
              + " is outside the certificate's "
              + issuer.validFrom()
              + ".."
              + issuer.validUntil());
    }
    Optional<TrustedBrand> brand = issuer.allowsBrand(claims.brandCode())
        ? snapshot.brand(issuer, claims.brandCode())
        : Optional.empty();
    if (brand.isEmpty()) {
      return rejected(
          RejectionReason.ISSUER_NOT_AUTHORISED_FOR_BRAND,
          "brand code "
              + claims.brandCode()
              + " is not among "
              + issuer.producer()
              + "'s brand codes "
              + issuer.brandCodes()
              + " of "
              + issuer.authorityId());
    }
    String category = claims.category().map(c -> c.code()).orElse(null);
    if (!issuer.allowsCategory(category)) {
      return rejected(
          RejectionReason.ISSUER_NOT_AUTHORISED_FOR_CATEGORY,
          (category == null ? "the tag names no category" : "category " + category + " is not")
              + " among "
              + issuer.producer()
              + "'s categories "
              + issuer.categories());
    }
    byte[] serial = claims.serial().toBytes();
    if (snapshot.isTagRevoked(parts.keyId(), serial)) {
      return rejected(
          RejectionReason.TAG_REVOKED,
          "tag " + claims.serial() + " of key " + parts.keyId() + " is revoked");
    }
    Optional<TrustList> list = snapshot.trustList(issuer.authorityId());
    if (list.isEmpty()) {
      // The snapshot found the member in a list it no longer has: inconsistent, so not genuine.
      throw new IllegalStateException("trust snapshot lost the list of " + issuer.authorityId());
    }
    AuthorityProfile authority = list.get().authority();
    return new TagVerdict.Genuine(new VerifiedTag(text, parts, issuer, brand.get(), authority));
  }

  private static String staleSince(Optional<TrustList> list) {
    return list.map(l -> " is past its next update " + l.nextUpdate()).orElse(" is missing");
  }

  private static TagVerdict rejected(RejectionReason reason, String detail) {
    return new TagVerdict.Rejected(reason, detail);
  }

  /** Builds a {@link TagVerifier}; {@link #build()} fails naming a missing setting. */
  public static final class Builder {
    private TrustStore trustStore;
    private Supplier<TrustSnapshot> snapshots;
    private Clock clock;
    private Set<TagPrefix> acceptedPrefixes;

    private Builder() {}

    /** For tests: trust snapshots that no trust list can hold, such as colliding key ids. */
    Builder trustSnapshots(Supplier<TrustSnapshot> snapshots) {
      this.snapshots = snapshots;
      return this;
    }

    /**
     * Sets the trust store holding the pinned authority roots and their trust lists (required).
     *
     * @param trustStore the trust store
     * @return this builder
     */
    public Builder trustStore(TrustStore trustStore) {
      this.trustStore = trustStore;
      return this;
    }

    /**
     * Sets the clock that tells whether a trust list is stale (required): {@code
     * Clock.systemUTC()} in production, a fixed clock in tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Accepts only tags whose text starts with one of these prefixes (compared in upper case);
     * others are {@link RejectionReason#MALFORMED}. By default any well-formed prefix is read,
     * and {@link VerifiedTag#isPrefixOfAuthority()} tells whether the authority lists it.
     *
     * @param prefixes the accepted prefixes, at least one
     * @return this builder
     * @throws InvalidValueException when {@code prefixes} is null, empty or holds null
     */
    public Builder acceptedPrefixes(Collection<TagPrefix> prefixes) {
      if (prefixes == null || prefixes.isEmpty()) {
        throw new InvalidValueException(
            "acceptedPrefixes", "must hold at least one prefix", prefixes);
      }
      Set<TagPrefix> copy = new LinkedHashSet<>();
      for (TagPrefix prefix : prefixes) {
        if (prefix == null) {
          throw new InvalidValueException("acceptedPrefixes", "must not hold null", prefixes);
        }
        copy.add(prefix);
      }
      this.acceptedPrefixes = copy;
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     * @throws InvalidValueException naming the missing setting
     */
    public TagVerifier build() {
      return new TagVerifier(this);
    }
  }
}
