package io.github.craftmark.provenance.qr;

import java.util.Random;

/** Seeded random texts for the QR tests. */
final class QrTestTexts {
  static final String TAG_PREFIX = "HTTPS://BATTRANG.VN/T/";
  static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

  private QrTestTexts() {}

  static String digits(Random random, int n) {
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      out[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(out);
  }

  /** Alphanumeric text with at least one letter, so that no encoder takes it for numeric. */
  static String alphanumeric(Random random, int n) {
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      out[i] = ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length()));
    }
    out[random.nextInt(n)] = (char) ('A' + random.nextInt(26));
    return new String(out);
  }

  /** Printable ASCII with at least one lower-case letter, so that it needs byte mode. */
  static String ascii(Random random, int n) {
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      out[i] = (char) (0x20 + random.nextInt(0x7F - 0x20));
    }
    out[random.nextInt(n)] = (char) ('a' + random.nextInt(26));
    return new String(out);
  }

  /** A tag-like URL prefix: HTTPS://, a host of 2..3 labels, 1..2 path segments, a slash. */
  static String urlPrefix(Random random) {
    StringBuilder out = new StringBuilder("HTTPS://");
    int labels = 2 + random.nextInt(2);
    for (int i = 0; i < labels; i++) {
      if (i > 0) {
        out.append('.');
      }
      int n = 2 + random.nextInt(9);
      for (int j = 0; j < n; j++) {
        out.append((char) ('A' + random.nextInt(26)));
      }
    }
    int segments = 1 + random.nextInt(2);
    for (int i = 0; i < segments; i++) {
      out.append('/');
      int n = 1 + random.nextInt(4);
      for (int j = 0; j < n; j++) {
        out.append((char) ('A' + random.nextInt(26)));
      }
    }
    return out.append('/').toString();
  }

  /** The most characters of a mode that fit a version at a level, in one segment. */
  static int maxCharacters(QrMode mode, int version, ErrorCorrection level) {
    int capacity = QrCode.dataCapacityBits(version, level);
    int available = capacity - 4 - mode.characterCountBits(version);
    switch (mode) {
      case NUMERIC: {
        int n = available / 10 * 3;
        int rest = available % 10;
        return n + (rest >= 7 ? 2 : rest >= 4 ? 1 : 0);
      }
      case ALPHANUMERIC:
        return available / 11 * 2 + (available % 11 >= 6 ? 1 : 0);
      default:
        return available / 8;
    }
  }
}
