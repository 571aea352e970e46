package io.github.craftmark.provenance.trust;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.trust.Certificates;
import io.github.craftmark.provenance.internal.trust.SignedObjects;
import io.github.craftmark.provenance.internal.trust.TrustChecks;
import io.github.craftmark.provenance.internal.trust.TrustCodec;
import io.github.craftmark.provenance.internal.trust.TrustFormatException;
import io.github.craftmark.provenance.internal.trust.TrustState;
import io.github.craftmark.provenance.key.TagPublicKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The trust lists a verifier holds: pinned village authority root keys and, per authority, the
 * latest signed trust list accepted from it.
 *
 * <p>{@link #update(byte[], Instant)} checks a new list (signature by a pinned root, every member
 * certificate, a sequence that only grows, not stale) and swaps it in atomically; {@link
 * #snapshot()} gives the tag verifier an immutable view per call. Save the state with {@link
 * #save(Path)} and {@link #restore(Path)} it on the next start: rollback protection holds only as
 * long as the store remembers the highest list it accepted.
 *
 * <pre>{@code
 * TrustStore store = TrustStore.pinning(List.of(batTrangRoot));
 * store.restore(dataDir);
 * TrustListUpdate result = store.update(downloadedList, Instant.now(clock));
 * result.rejectionReason().ifPresent(reason -> log(reason.explanation()));
 * store.save(dataDir);
 * }</pre>
 *
 * <p>Thread-safe: updates are serialised; reading a snapshot never waits and never sees half an
 * update. Rules and order of the checks: {@code docs/trust-list-format.md}.
 */
public final class TrustStore {
  private static final System.Logger LOG = System.getLogger(TrustStore.class.getName());

  private static final String FILE_SUFFIX = ".cose";
  private static final Pattern FILE_NAME = Pattern.compile("([0-9a-f]{2}){1,64}\\.cose");
  private static final HexFormat HEX = HexFormat.of();

  /** Roots pinned without an authority id; each binds to the id of its first accepted list. */
  private final List<TagPublicKey> openRoots;

  /** Roots pinned for an authority id. */
  private final Map<String, List<TagPublicKey>> namedRoots;

  private final Object updateLock = new Object();
  private volatile TrustState state = TrustState.EMPTY;

  private TrustStore(List<TagPublicKey> openRoots, Map<String, List<TagPublicKey>> namedRoots) {
    this.openRoots = openRoots;
    this.namedRoots = namedRoots;
  }

  /**
   * Creates an empty store that trusts these authority root keys.
   *
   * <p>Each root speaks for one authority: the id of the first list accepted from it binds the root
   * and the id to each other, so a root can never take over another authority's id. To let an
   * authority roll its root over, pin by id with {@link #pinningByAuthority(Map)}.
   *
   * @param authorityRoots the root keys, at least one, none twice
   * @return the store
   */
  public static TrustStore pinning(List<TagPublicKey> authorityRoots) {
    return new TrustStore(roots("authorityRoots", authorityRoots), Map.of());
  }

  /**
   * Creates an empty store that trusts each authority id's list only when one of that id's root
   * keys signed it (and its member certificates).
   *
   * <p>Pin old and new root of an authority under its id and it can publish from either: the
   * sequence continues across roots.
   *
   * @param rootsByAuthorityId root keys per authority id, at least one id, at least one key each
   * @return the store
   */
  public static TrustStore pinningByAuthority(Map<String, List<TagPublicKey>> rootsByAuthorityId) {
    TrustChecks.notNull("rootsByAuthorityId", rootsByAuthorityId);
    if (rootsByAuthorityId.isEmpty()) {
      throw new InvalidValueException("rootsByAuthorityId", "must not be empty", "{}");
    }
    Map<String, List<TagPublicKey>> named = new LinkedHashMap<>();
    for (Map.Entry<String, List<TagPublicKey>> entry : rootsByAuthorityId.entrySet()) {
      String id = TrustChecks.id("rootsByAuthorityId key", entry.getKey());
      named.put(id, roots("rootsByAuthorityId[" + id + "]", entry.getValue()));
    }
    return new TrustStore(List.of(), Map.copyOf(named));
  }

  private static List<TagPublicKey> roots(String field, List<TagPublicKey> roots) {
    TrustChecks.notNull(field, roots);
    if (roots.isEmpty()) {
      throw new InvalidValueException(field, "must hold at least one root key", "[]");
    }
    Set<TagPublicKey> distinct = new LinkedHashSet<>();
    for (int i = 0; i < roots.size(); i++) {
      TagPublicKey root = TrustChecks.notNull(field + "[" + i + "]", roots.get(i));
      if (!distinct.add(root)) {
        throw new InvalidValueException(field + "[" + i + "]", "must not repeat", root.keyId());
      }
    }
    return List.copyOf(distinct);
  }

  /**
   * Checks a signed trust list and, when it passes, makes it the list of its authority.
   *
   * <p>Never throws for any bytes: a list that cannot be used is a {@link TrustListUpdate.Rejected}
   * and leaves the store unchanged.
   *
   * @param signedTrustList the list as published (tagged COSE_Sign1); null is refused as malformed
   * @param now the time of the update: a list already past its next update is refused
   * @return accepted, or rejected with the reason
   */
  public TrustListUpdate update(byte[] signedTrustList, Instant now) {
    TrustChecks.notNull("now", now);
    return apply(signedTrustList, now);
  }

  /**
   * Returns the state as of now, immutable: later updates do not change it.
   *
   * @return the snapshot
   */
  public TrustSnapshot snapshot() {
    return state;
  }

  /**
   * Writes the latest accepted list of each authority to a directory, one file per authority,
   * each replaced atomically where the file system allows.
   *
   * <p>Files are named by the hex of the authority id's UTF-8 bytes plus {@code .cose}, so ids that
   * differ only in case never share a file on case-insensitive file systems.
   *
   * @param directory an existing directory
   * @throws UncheckedIOException when a file cannot be written
   */
  public void save(Path directory) {
    TrustChecks.notNull("directory", directory);
    for (TrustState.Authority authority : state.authorities()) {
      Path target = directory.resolve(fileName(authority.list().authority().id()));
      try {
        Path temporary = Files.createTempFile(directory, ".trust-list-", ".tmp");
        try {
          Files.write(temporary, authority.signedBytes());
          move(temporary, target);
        } finally {
          Files.deleteIfExists(temporary);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot save trust list to " + target, e);
      }
    }
  }

  /**
   * Reads back the lists {@link #save(Path)} wrote, checking each as {@link #update} does except
   * that a list past its next update is still restored: it is the floor below which no list is
   * accepted, and it reports stale until a fresh one arrives.
   *
   * @param directory a directory written by {@link #save(Path)}; other files in it are ignored
   * @return one result per file read, in file name order
   * @throws UncheckedIOException when the directory or a file cannot be read
   */
  public List<TrustListUpdate> restore(Path directory) {
    TrustChecks.notNull("directory", directory);
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path file : stream) {
        if (FILE_NAME.matcher(file.getFileName().toString()).matches()
            && Files.isRegularFile(file)) {
          files.add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
    files.sort(null);
    List<TrustListUpdate> results = new ArrayList<>(files.size());
    for (Path file : files) {
      TrustListUpdate result;
      try {
        if (Files.size(file) > TrustCodec.MAX_TRUST_LIST_BYTES) {
          result = rejected(
              TrustListRejection.MALFORMED,
              "signed object must be at most " + TrustCodec.MAX_TRUST_LIST_BYTES + " bytes");
        } else {
          result = apply(Files.readAllBytes(file), null);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      if (result instanceof TrustListUpdate.Rejected rejected) {
        LOG.log(
            System.Logger.Level.WARNING,
            "Saved trust list {0} not restored: {1} ({2})",
            file.getFileName(),
            rejected.reason().code(),
            rejected.detail());
      }
      results.add(result);
    }
    return results;
  }

  /** Checks one list as restore does (no staleness check), for an authority's own tools. */
  TrustListUpdate restoreOne(byte[] signedTrustList) {
    return apply(signedTrustList, null);
  }

  /** Checks and applies a list; a null {@code now} skips the staleness check (restore). */
  private TrustListUpdate apply(byte[] bytes, Instant now) {
    if (bytes == null) {
      return rejected(TrustListRejection.MALFORMED, "trust list must not be null");
    }
    // Apps poll for lists that rarely change: the very bytes already accepted, under the same
    // pins, pass every check again, so they skip the signature checks of a large list.
    for (TrustState.Authority held : state.authorities()) {
      if (held.hasBytes(bytes)) {
        return unchanged(held.list(), now);
      }
    }
    SignedObjects.Envelope envelope;
    try {
      envelope =
          SignedObjects.open(bytes, TrustCodec.MAX_TRUST_LIST_BYTES, TrustCodec.TRUST_LIST_CONTEXT);
    } catch (TrustFormatException e) {
      return rejected(TrustListRejection.MALFORMED, e.getMessage());
    }
    List<TagPublicKey> candidates = new ArrayList<>(1);
    for (TagPublicKey root : allRoots()) {
      if (root.keyId().equals(envelope.keyId()) && root.algorithm() == envelope.algorithm()) {
        candidates.add(root);
      }
    }
    if (candidates.isEmpty()) {
      return rejected(
          TrustListRejection.UNKNOWN_AUTHORITY,
          "no pinned root has key id " + envelope.keyId() + " and " + envelope.algorithm());
    }
    TagPublicKey signer = null;
    for (TagPublicKey candidate : candidates) {
      if (envelope.isSignedBy(candidate)) {
        signer = candidate;
        break;
      }
    }
    if (signer == null) {
      return rejected(
          TrustListRejection.BAD_SIGNATURE,
          "trust list signature does not verify with root " + envelope.keyId());
    }
    TrustCodec.RawTrustList raw;
    try {
      raw = TrustCodec.decodeTrustList(envelope.payload());
    } catch (TrustFormatException e) {
      return rejected(TrustListRejection.MALFORMED, e.getMessage());
    }
    String authorityId = raw.authority().id();
    // Checked here against the state as it is, so that the order of the checks is the documented
    // one, and again under the lock, where the state cannot change any more.
    Optional<String> early = authorityMismatch(state, signer, authorityId);
    if (early.isPresent()) {
      return rejected(TrustListRejection.AUTHORITY_MISMATCH, early.get());
    }
    // The roots allowed to sign certificates depend on the pins only, not on the state: the
    // costly certificate checks run outside the lock.
    List<TagPublicKey> certificateRoots = namedRoots.getOrDefault(authorityId, List.of(signer));
    TrustList list;
    try {
      list = raw.withMembers(Certificates.verifyAll(raw, certificateRoots));
    } catch (Certificates.BadSignature e) {
      return rejected(TrustListRejection.BAD_SIGNATURE, e.getMessage());
    } catch (TrustFormatException e) {
      return rejected(TrustListRejection.MALFORMED, e.getMessage());
    }
    synchronized (updateLock) {
      TrustState current = state;
      Optional<String> mismatch = authorityMismatch(current, signer, authorityId);
      if (mismatch.isPresent()) {
        return rejected(TrustListRejection.AUTHORITY_MISMATCH, mismatch.get());
      }
      Optional<TrustState.Authority> held = current.authority(authorityId);
      if (held.isPresent()) {
        long heldSequence = held.get().list().sequence();
        if (list.sequence() < heldSequence) {
          return rejected(
              TrustListRejection.ROLLBACK,
              authorityId + " list " + list.sequence() + " is older than the accepted "
                  + heldSequence);
        }
        if (list.sequence() == heldSequence && !held.get().hasBytes(bytes)) {
          return rejected(
              TrustListRejection.SEQUENCE_REUSED,
              authorityId + " list " + list.sequence()
                  + " differs from the accepted list with that sequence");
        }
      }
      if (now != null && list.isStale(now)) {
        return expired(list, now);
      }
      if (held.isPresent() && held.get().list().sequence() == list.sequence()) {
        return unchanged(held.get().list(), now);
      }
      state = current.with(new TrustState.Authority(list, bytes, signer));
      return new TrustListUpdate.Accepted(list, true);
    }
  }

  private static TrustListUpdate unchanged(TrustList list, Instant now) {
    if (now != null && list.isStale(now)) {
      return expired(list, now);
    }
    return new TrustListUpdate.Accepted(list, false);
  }

  private static TrustListUpdate expired(TrustList list, Instant now) {
    return rejected(
        TrustListRejection.EXPIRED,
        list.authority().id() + " list " + list.sequence() + " was due for update at "
            + list.nextUpdate() + ", before " + now);
  }

  private Optional<String> authorityMismatch(
      TrustState current, TagPublicKey signer, String authorityId) {
    List<TagPublicKey> named = namedRoots.get(authorityId);
    if (named != null) {
      return named.contains(signer)
          ? Optional.empty()
          : Optional.of("root " + signer.keyId() + " is not pinned for " + authorityId);
    }
    if (!openRoots.contains(signer)) {
      return Optional.of(
          "root " + signer.keyId() + " is pinned for other authorities than " + authorityId);
    }
    for (TrustState.Authority held : current.authorities()) {
      String heldId = held.list().authority().id();
      boolean sameRoot = signer.equals(held.signingRoot());
      if (heldId.equals(authorityId) && !sameRoot) {
        return Optional.of(authorityId + " is bound to root "
            + held.signingRoot().keyId() + ", not " + signer.keyId());
      }
      if (!heldId.equals(authorityId) && sameRoot && !namedRoots.containsKey(heldId)) {
        return Optional.of(
            "root " + signer.keyId() + " is bound to " + heldId + ", not " + authorityId);
      }
    }
    return Optional.empty();
  }

  private List<TagPublicKey> allRoots() {
    if (namedRoots.isEmpty()) {
      return openRoots;
    }
    List<TagPublicKey> all = new ArrayList<>(openRoots);
    for (List<TagPublicKey> roots : namedRoots.values()) {
      all.addAll(roots);
    }
    return all;
  }

  private static TrustListUpdate rejected(TrustListRejection reason, String detail) {
    return new TrustListUpdate.Rejected(reason, detail);
  }

  static String fileName(String authorityId) {
    return HEX.formatHex(authorityId.getBytes(StandardCharsets.UTF_8)) + FILE_SUFFIX;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
