package io.github.craftmark.provenance.internal.cbor;

import java.util.HexFormat;

/** Hex helpers for readable expected encodings. */
final class Hex {
  private Hex() {}

  static byte[] bytes(String hex) {
    return HexFormat.of().parseHex(hex.replace(" ", ""));
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
