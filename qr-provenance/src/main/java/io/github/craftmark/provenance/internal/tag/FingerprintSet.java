package io.github.craftmark.provenance.internal.tag;

/**
 * A set of 64-bit fingerprints in one {@code long[]} (open addressing, linear probing): 16 bytes
 * per member at most, no object per member, so a batch of serials is checked for repeats without
 * holding the batch.
 */
public final class FingerprintSet {
  private final long[] table;
  private final int mask;
  private boolean hasZero;
  private int size;

  /**
   * Creates a set for up to {@code capacity} members, with the table at most half full.
   *
   * @param capacity the most members that will be added
   */
  public FingerprintSet(int capacity) {
    int slots = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) << 1;
    this.table = new long[slots];
    this.mask = slots - 1;
  }

  /**
   * Adds a fingerprint.
   *
   * @param fingerprint the value
   * @return true when it was not in the set yet
   * @throws IllegalStateException when the set is fuller than its capacity allows
   */
  public boolean add(long fingerprint) {
    if (fingerprint == 0) {
      if (hasZero) {
        return false;
      }
      hasZero = true;
      size++;
      return true;
    }
    if (size >= table.length / 2) {
      throw new IllegalStateException("more members than the capacity");
    }
    // Spread the bits (the fingerprints are random already; this guards against patterned ones).
    int i = (int) (mix(fingerprint) & mask);
    while (table[i] != 0) {
      if (table[i] == fingerprint) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = fingerprint;
    size++;
    return true;
  }

  /**
   * Returns the number of members.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }
}
