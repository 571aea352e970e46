package io.github.craftmark.provenance.internal.cbor;

import io.github.craftmark.core.InvalidValueException;

/**
 * Bounds that a {@link CborReader} enforces before it does any work, so that hostile input costs
 * little.
 *
 * <p>Depth counts containers and tags: a top-level map is depth 1, a map inside a tag is depth 2.
 * Items per container counts the entries of a map (a key and its value are one entry) or the
 * elements of an array.
 *
 * @param maxInputBytes the longest input accepted, in bytes
 * @param maxDepth the deepest nesting of arrays, maps and tags
 * @param maxItems the most elements in one array or entries in one map
 * @param maxStringBytes the longest byte or text string, in bytes
 * @param sortedMapKeys whether map keys must be in the deterministic order of RFC 8949 §4.2.1
 *     (bytewise lexicographic order of their encodings), which also rejects duplicate keys
 */
public record CborLimits(
    int maxInputBytes, int maxDepth, int maxItems, int maxStringBytes, boolean sortedMapKeys) {

  /**
   * Limits for a tag's COSE_Sign1, no larger than a format v1 tag can be: at most 400 compact bytes
   * ({@code docs/tag-format.md} § 6) rebuild a payload of at most 331 bytes and a message of at
   * most 416 (array head 1, protected header 1 + 13, unprotected header 1, payload 3 + 331,
   * signature 2 + 64). The message's array has 4 items; depth 3 leaves room for a CBOR tag 18
   * around it, so that a tagged message is refused by name rather than for its depth. The claims
   * map has tighter limits of its own.
   */
  public static final CborLimits TAG = new CborLimits(416, 3, 4, 331, true);

  /** Limits for member certificates and trust lists: larger input, deeper, sorted keys. */
  public static final CborLimits TRUST_LIST =
      new CborLimits(4 * 1024 * 1024, 8, 100_000, 65_536, true);

  /**
   * Validates the limits.
   *
   * @param maxInputBytes the longest input accepted, in bytes; at least 1
   * @param maxDepth the deepest nesting of arrays, maps and tags; at least 1
   * @param maxItems the most elements in one array or entries in one map; at least 0
   * @param maxStringBytes the longest byte or text string, in bytes; at least 0
   * @param sortedMapKeys whether map keys must be in deterministic order
   */
  public CborLimits {
    if (maxInputBytes < 1) {
      throw new InvalidValueException("maxInputBytes", "must be at least 1", maxInputBytes);
    }
    if (maxDepth < 1) {
      throw new InvalidValueException("maxDepth", "must be at least 1", maxDepth);
    }
    if (maxItems < 0) {
      throw new InvalidValueException("maxItems", "must not be negative", maxItems);
    }
    if (maxStringBytes < 0) {
      throw new InvalidValueException("maxStringBytes", "must not be negative", maxStringBytes);
    }
  }

  /**
   * Returns these limits with another maximum input length.
   *
   * @param value the longest input accepted, in bytes
   * @return the new limits
   */
  public CborLimits withMaxInputBytes(int value) {
    return new CborLimits(value, maxDepth, maxItems, maxStringBytes, sortedMapKeys);
  }

  /**
   * Returns these limits with another maximum depth.
   *
   * @param value the deepest nesting of arrays, maps and tags
   * @return the new limits
   */
  public CborLimits withMaxDepth(int value) {
    return new CborLimits(maxInputBytes, value, maxItems, maxStringBytes, sortedMapKeys);
  }

  /**
   * Returns these limits with another maximum number of items per container.
   *
   * @param value the most elements in one array or entries in one map
   * @return the new limits
   */
  public CborLimits withMaxItems(int value) {
    return new CborLimits(maxInputBytes, maxDepth, value, maxStringBytes, sortedMapKeys);
  }

  /**
   * Returns these limits with another maximum string length.
   *
   * @param value the longest byte or text string, in bytes
   * @return the new limits
   */
  public CborLimits withMaxStringBytes(int value) {
    return new CborLimits(maxInputBytes, maxDepth, maxItems, value, sortedMapKeys);
  }

  /**
   * Returns these limits with map key order checked or not.
   *
   * @param value whether map keys must be in deterministic order
   * @return the new limits
   */
  public CborLimits withSortedMapKeys(boolean value) {
    return new CborLimits(maxInputBytes, maxDepth, maxItems, maxStringBytes, value);
  }
}
