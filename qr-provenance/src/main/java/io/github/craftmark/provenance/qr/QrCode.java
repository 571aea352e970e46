package io.github.craftmark.provenance.qr;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.qr.QrEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A QR code (model 2, ISO/IEC 18004) as a square matrix of dark and light modules; immutable and
 * safe to share between threads.
 *
 * <p>Make one with {@link #encode(String, String, ErrorCorrection)} for a tag's URL prefix and
 * digits (an alphanumeric segment followed by a numeric one, the most compact form of such text),
 * {@link #encodeText(String, ErrorCorrection)} for any text in one mode, or {@link
 * #encodeSegments(List, QrEncodeOptions)} for full control. The smallest version (1..40) that holds
 * the text at the requested level is used, and the data mask is the one the standard's penalty
 * rules score lowest, unless the options fix one.
 *
 * <p>Draw it with {@link QrImages}; read {@link #isDark(int, int)} to draw it yourself, keeping a
 * light margin (quiet zone) of at least 4 modules around it.
 */
public final class QrCode {
  /** The smallest QR version: 21×21 modules. */
  public static final int MIN_VERSION = 1;

  /** The largest QR version: 177×177 modules. */
  public static final int MAX_VERSION = 40;

  private final int version;
  private final ErrorCorrection errorCorrection;
  private final int mask;
  private final int size;
  private final int words;
  private final long[] rows;
  private final List<QrSegment> segments;
  private final int dataBits;

  private QrCode(QrEncoder.Symbol symbol, ErrorCorrection level, List<QrSegment> segments) {
    this.version = symbol.version();
    this.errorCorrection = level;
    this.mask = symbol.mask();
    this.size = symbol.size();
    this.words = symbol.words();
    this.rows = symbol.rows();
    this.segments = segments;
    this.dataBits = symbol.dataBits();
  }

  /**
   * Encodes an upper-case URL prefix and a string of digits as an alphanumeric segment followed by
   * a numeric segment: how a signed tag is carried.
   *
   * <p>{@code encode("HTTPS://BATTRANG.VN/T/", digits, ErrorCorrection.M)}. An empty prefix or empty
   * digits leave out that segment.
   *
   * @param alphanumericPrefix text in the QR alphanumeric set ({@code 0-9 A-Z}, space, {@code $ % *
   *     + - . / :}), may be empty
   * @param digits decimal digits, may be empty
   * @param errorCorrection the error correction level
   * @return the QR code in the smallest version that holds both
   * @throws InvalidValueException when a part has a character its mode cannot hold, both are empty,
   *     or they do not fit version 40
   */
  public static QrCode encode(
      String alphanumericPrefix, String digits, ErrorCorrection errorCorrection) {
    return encodeSegments(
        prefixAndDigits(alphanumericPrefix, digits), QrEncodeOptions.of(errorCorrection));
  }

  /**
   * Encodes text in one segment of the densest mode that holds it: numeric for digits only,
   * alphanumeric for upper-case URLs and the like, otherwise bytes (UTF-8).
   *
   * @param text the text, not empty
   * @param errorCorrection the error correction level
   * @return the QR code in the smallest version that holds the text
   * @throws InvalidValueException when the text is empty, malformed or does not fit version 40
   */
  public static QrCode encodeText(String text, ErrorCorrection errorCorrection) {
    return encodeSegments(List.of(QrSegment.of(text)), QrEncodeOptions.of(errorCorrection));
  }

  /**
   * Encodes segments, in order, in the smallest version that holds them at a level.
   *
   * @param segments one or more segments
   * @param errorCorrection the error correction level
   * @return the QR code
   * @throws InvalidValueException when there is no segment or they do not fit version 40
   */
  public static QrCode encodeSegments(List<QrSegment> segments, ErrorCorrection errorCorrection) {
    return encodeSegments(segments, QrEncodeOptions.of(errorCorrection));
  }

  /**
   * Encodes segments, in order, with the given level, version range and mask.
   *
   * @param segments one or more segments
   * @param options the level, the versions allowed and the mask
   * @return the QR code in the smallest allowed version that holds the segments
   * @throws InvalidValueException when there is no segment or they do not fit the largest version
   *     allowed
   */
  public static QrCode encodeSegments(List<QrSegment> segments, QrEncodeOptions options) {
    List<QrSegment> copy = copySegments(segments);
    if (options == null) {
      throw new InvalidValueException("options", "must not be null", null);
    }
    int level = options.errorCorrection().ordinal();
    int version = QrEncoder.chooseVersion(copy, level, options.minVersion(), options.maxVersion());
    if (version < 0) {
      int max = options.maxVersion();
      throw new InvalidValueException(
          "segments",
          "must fit in "
              + QrEncoder.capacityBits(max, level)
              + " data bits (QR version "
              + max
              + " at level "
              + options.errorCorrection()
              + "); bits needed",
          sumOfBitLengths(copy, max));
    }
    QrEncoder.Symbol symbol =
        QrEncoder.encode(copy, level, version, options.mask().orElse(-1));
    return new QrCode(symbol, options.errorCorrection(), copy);
  }

  /**
   * Returns the smallest version that holds an alphanumeric prefix and digits (as {@link
   * #encode(String, String, ErrorCorrection)} would encode them) at a level, without building the
   * symbol.
   *
   * @param alphanumericPrefix text in the QR alphanumeric set, may be empty
   * @param digits decimal digits, may be empty
   * @param errorCorrection the error correction level
   * @return the version 1..40, or empty when even version 40 is too small
   * @throws InvalidValueException when a part has a character its mode cannot hold or both are
   *     empty
   */
  public static OptionalInt requiredVersion(
      String alphanumericPrefix, String digits, ErrorCorrection errorCorrection) {
    return requiredVersion(prefixAndDigits(alphanumericPrefix, digits), errorCorrection);
  }

  /**
   * Returns the smallest version that holds the segments at a level, without building the symbol.
   *
   * @param segments one or more segments
   * @param errorCorrection the error correction level
   * @return the version 1..40, or empty when even version 40 is too small
   * @throws InvalidValueException when there is no segment
   */
  public static OptionalInt requiredVersion(
      List<QrSegment> segments, ErrorCorrection errorCorrection) {
    List<QrSegment> copy = copySegments(segments);
    checkLevel(errorCorrection);
    int version =
        QrEncoder.chooseVersion(copy, errorCorrection.ordinal(), MIN_VERSION, MAX_VERSION);
    return version < 0 ? OptionalInt.empty() : OptionalInt.of(version);
  }

  /**
   * Returns how many data bits a symbol holds: its data codewords times 8, after error
   * correction. Version 7 at level M holds 992.
   *
   * @param version the version, 1..40
   * @param errorCorrection the error correction level
   * @return the capacity in bits
   * @throws InvalidValueException when the version is not 1..40
   */
  public static int dataCapacityBits(int version, ErrorCorrection errorCorrection) {
    checkVersion("version", version);
    checkLevel(errorCorrection);
    return QrEncoder.capacityBits(version, errorCorrection.ordinal());
  }

  /**
   * Returns how many bits segments take in a symbol of a version, headers included (the width of
   * a character count grows at versions 10 and 27).
   *
   * @param segments one or more segments
   * @param version the version, 1..40
   * @return the length in bits
   * @throws InvalidValueException when there is no segment or the version is not 1..40
   */
  public static int bitLength(List<QrSegment> segments, int version) {
    List<QrSegment> copy = copySegments(segments);
    checkVersion("version", version);
    return sumOfBitLengths(copy, version);
  }

  /**
   * Returns the version, 1..40.
   *
   * @return the version
   */
  public int version() {
    return version;
  }

  /**
   * Returns the error correction level.
   *
   * @return the level
   */
  public ErrorCorrection errorCorrection() {
    return errorCorrection;
  }

  /**
   * Returns the data mask pattern applied, 0..7.
   *
   * @return the mask
   */
  public int mask() {
    return mask;
  }

  /**
   * Returns the number of modules on a side, {@code 17 + 4 * version}, without quiet zone.
   *
   * @return the size in modules
   */
  public int size() {
    return size;
  }

  /**
   * Tells whether the module in column {@code x}, row {@code y} is dark; (0, 0) is the top left.
   *
   * @param x the column, 0..size-1
   * @param y the row, 0..size-1
   * @return true for a dark module
   * @throws InvalidValueException when x or y is outside the symbol
   */
  public boolean isDark(int x, int y) {
    if (x < 0 || x >= size) {
      throw new InvalidValueException("x", "must be 0.." + (size - 1), x);
    }
    if (y < 0 || y >= size) {
      throw new InvalidValueException("y", "must be 0.." + (size - 1), y);
    }
    return (rows[y * words + (x >>> 6)] >>> x & 1) != 0;
  }

  /**
   * Returns the segments encoded, in order.
   *
   * @return an unmodifiable list
   */
  public List<QrSegment> segments() {
    return segments;
  }

  /**
   * Returns the text a decoder reads from this symbol: the segments' texts joined.
   *
   * @return the text
   */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (QrSegment segment : segments) {
      text.append(segment.text());
    }
    return text.toString();
  }

  /**
   * Returns the bits the segments take, without terminator and padding; at most {@link
   * #dataCapacityBits(int, ErrorCorrection)} for this version and level.
   *
   * @return the bits used
   */
  public int dataBits() {
    return dataBits;
  }

  /** Returns the packed rows for the renderers: bit x of word {@code y * words + x / 64}. */
  long[] rowBits() {
    return rows;
  }

  /** Returns the number of longs per row in {@link #rowBits()}. */
  int wordsPerRow() {
    return words;
  }

  /**
   * Tells whether the other object is a QR code with the same segments, version, level, mask and
   * modules.
   *
   * @param o the other object
   * @return whether they are equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof QrCode other
        && version == other.version
        && errorCorrection == other.errorCorrection
        && mask == other.mask
        && Arrays.equals(rows, other.rows)
        && segments.equals(other.segments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, errorCorrection, mask, Arrays.hashCode(rows), segments);
  }

  /**
   * Returns a summary such as {@code QrCode[version=7, errorCorrection=M, mask=2, size=45]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "QrCode[version="
        + version
        + ", errorCorrection="
        + errorCorrection
        + ", mask="
        + mask
        + ", size="
        + size
        + "]";
  }

  static int checkVersion(String field, int version) {
    if (version < MIN_VERSION || version > MAX_VERSION) {
      throw new InvalidValueException(
          field, "must be " + MIN_VERSION + ".." + MAX_VERSION, version);
    }
    return version;
  }

  private static void checkLevel(ErrorCorrection errorCorrection) {
    if (errorCorrection == null) {
      throw new InvalidValueException("errorCorrection", "must not be null", null);
    }
  }

  private static int sumOfBitLengths(List<QrSegment> segments, int version) {
    int bits = 0;
    for (QrSegment segment : segments) {
      bits += segment.bitLength(version);
    }
    return bits;
  }

  private static List<QrSegment> copySegments(List<QrSegment> segments) {
    if (segments == null) {
      throw new InvalidValueException("segments", "must not be null", null);
    }
    if (segments.isEmpty()) {
      throw new InvalidValueException("segments", "must not be empty", segments);
    }
    List<QrSegment> copy = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      QrSegment segment = segments.get(i);
      if (segment == null) {
        throw new InvalidValueException("segments[" + i + "]", "must not be null", null);
      }
      copy.add(segment);
    }
    return List.copyOf(copy);
  }

  private static List<QrSegment> prefixAndDigits(String alphanumericPrefix, String digits) {
    if (alphanumericPrefix == null) {
      throw new InvalidValueException("alphanumericPrefix", "must not be null", null);
    }
    if (digits == null) {
      throw new InvalidValueException("digits", "must not be null", null);
    }
    if (!QrSegment.isAlphanumeric(alphanumericPrefix)) {
      throw new InvalidValueException(
          "alphanumericPrefix",
          "must be only 0-9, A-Z, space and $%*+-./: (QR alphanumeric)",
          alphanumericPrefix);
    }
    if (!QrSegment.isNumeric(digits)) {
      throw new InvalidValueException("digits", "must be only digits 0-9", digits);
    }
    if (alphanumericPrefix.isEmpty()) {
      if (digits.isEmpty()) {
        throw new InvalidValueException(
            "digits", "must not be empty when alphanumericPrefix is empty", digits);
      }
      return List.of(QrSegment.numeric(digits));
    }
    if (digits.isEmpty()) {
      return List.of(QrSegment.alphanumeric(alphanumericPrefix));
    }
    return List.of(QrSegment.alphanumeric(alphanumericPrefix), QrSegment.numeric(digits));
  }
}
