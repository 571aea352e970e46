package io.github.craftmark.provenance.internal.cbor;

/** The kind of the next data item, as {@link CborReader#peekType()} reports it. */
public enum CborType {
  /** An unsigned integer (major type 0). */
  UNSIGNED_INTEGER,
  /** A negative integer (major type 1). */
  NEGATIVE_INTEGER,
  /** A byte string (major type 2). */
  BYTE_STRING,
  /** A UTF-8 text string (major type 3). */
  TEXT_STRING,
  /** An array (major type 4). */
  ARRAY,
  /** A map (major type 5). */
  MAP,
  /** A tag (major type 6). */
  TAG,
  /** {@code false} or {@code true}. */
  BOOLEAN,
  /** {@code null}. */
  NULL
}
