package io.github.craftmark.provenance.internal.trust;

import java.util.function.Supplier;

/**
 * A test hook: lets a test build member certificates whose key id is not their key's, to show
 * that code looking keys up by id keeps and tries every certificate with that id.
 *
 * <p>Two real keys with the same 8-byte id take about 2^32 key generations to find, so tests fake
 * the collision instead. The package is not exported, so on the module path only this module
 * reaches the class (on the class path nothing is encapsulated). Either way a certificate made
 * this way can neither be signed into a trust list nor read from one, as the wire format derives
 * the key id from the key.
 */
public final class KeyIdOverride {
  private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

  private KeyIdOverride() {}

  /**
   * Runs {@code action} with the key id check of {@code MemberCertificate} switched off on this
   * thread.
   *
   * @param action what to build
   * @param <T> what it builds
   * @return its result
   */
  public static <T> T allowingMismatchedKeyIds(Supplier<T> action) {
    boolean before = ACTIVE.get();
    ACTIVE.set(true);
    try {
      return action.get();
    } finally {
      ACTIVE.set(before);
    }
  }

  /**
   * Tells whether this thread is inside {@link #allowingMismatchedKeyIds(Supplier)}.
   *
   * @return true when the key id check is off
   */
  public static boolean isActive() {
    return ACTIVE.get();
  }
}
