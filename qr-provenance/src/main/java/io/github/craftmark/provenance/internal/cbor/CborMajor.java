package io.github.craftmark.provenance.internal.cbor;

/** The major types of RFC 8949 § 3.1: the top 3 bits of a data item's initial byte. */
final class CborMajor {
  private CborMajor() {}

  static final int UNSIGNED = 0;
  static final int NEGATIVE = 1;
  static final int BYTES = 2;
  static final int TEXT = 3;
  static final int ARRAY = 4;
  static final int MAP = 5;
  static final int TAG = 6;
  static final int SIMPLE = 7;
}
