package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.address.Province;
import java.util.Locale;

/**
 * Where a scan happened, coarsely: a provincial unit, a geohash cell of at most 5 characters (about
 * 4.9 km × 4.9 km), or unknown.
 *
 * <p>Never more precise than that: the ledger holds no personal data. Make places with {@link
 * #province(String)}, {@link #of(Province)}, {@link #geohash(String)} (which rounds a precise
 * geohash to its 5-character cell) or {@link #unknown()}.
 *
 * <p>Stores keep a place as its {@link #key()} ({@code "p:01"}, {@code "g:w3gv2"}, {@code "u"})
 * and read it back with {@link #fromKey(String)}; distinct places are distinct keys. Use one kind
 * and one precision for all scans of an application: a province and a cell inside it count as two
 * places.
 */
public sealed interface ScanPlace
    permits ScanPlace.InProvince, ScanPlace.InCell, ScanPlace.Unknown {

  /** The longest geohash a place keeps: 5 characters, a cell of about 4.9 km × 4.9 km. */
  int MAX_GEOHASH_PRECISION = 5;

  /** The longest {@link #key()}, for a store's column size. */
  int MAX_KEY_LENGTH = 7;

  /**
   * Returns the place of a provincial unit, by its two-digit code in {@code
   * Provinces.standard()}, e.g. {@code "01"} for Hà Nội.
   *
   * @param code the unit's two-digit code
   * @return the place
   * @throws InvalidValueException when the code is not two digits
   */
  static ScanPlace province(String code) {
    return new InProvince(code);
  }

  /**
   * Returns the place of a provincial unit.
   *
   * @param province the unit, e.g. {@code Provinces.standard().get("Hà Nội")}
   * @return the place
   * @throws InvalidValueException when the province is null
   */
  static ScanPlace of(Province province) {
    if (province == null) {
      throw new InvalidValueException("province", "must not be null", null);
    }
    return new InProvince(province.code());
  }

  /**
   * Returns the geohash cell of at most 5 characters containing this geohash: a longer, more
   * precise geohash is cut to its first 5 characters.
   *
   * @param geohash 1..12 characters of the geohash alphabet ({@code 0-9 b-h j k m n p-z}), any case
   * @return the place
   * @throws InvalidValueException when the text is not a geohash
   */
  static ScanPlace geohash(String geohash) {
    return geohash(geohash, MAX_GEOHASH_PRECISION);
  }

  /**
   * Returns the geohash cell of at most {@code precision} characters containing this geohash, e.g.
   * precision 3 for cells of about 156 km × 156 km.
   *
   * @param geohash 1..12 characters of the geohash alphabet, any case
   * @param precision 1..5
   * @return the place
   * @throws InvalidValueException when the text is not a geohash or the precision not 1..5
   */
  static ScanPlace geohash(String geohash, int precision) {
    if (precision < 1 || precision > MAX_GEOHASH_PRECISION) {
      throw new InvalidValueException(
          "precision", "must be 1.." + MAX_GEOHASH_PRECISION, precision);
    }
    if (geohash == null) {
      throw new InvalidValueException("geohash", "must not be null", null);
    }
    String cell = geohash.strip().toLowerCase(Locale.ROOT);
    if (!cell.matches("[0-9b-hjkmnp-z]{1,12}")) {
      throw new InvalidValueException(
          "geohash", "must be 1..12 characters of the geohash alphabet", geohash);
    }
    return new InCell(cell.substring(0, Math.min(precision, cell.length())));
  }

  /**
   * Returns the unknown place: the caller did not say where the scan happened.
   *
   * @return the unknown place
   */
  static ScanPlace unknown() {
    return Unknown.INSTANCE;
  }

  /**
   * Reads a place back from its {@link #key()}.
   *
   * @param key {@code "p:"} and a code, {@code "g:"} and a cell, or {@code "u"}
   * @return the place
   * @throws InvalidValueException when the key is not a place's key
   */
  static ScanPlace fromKey(String key) {
    if (key == null) {
      throw new InvalidValueException("place", "must not be null", null);
    }
    if (key.equals(Unknown.KEY)) {
      return Unknown.INSTANCE;
    }
    if (key.startsWith("p:")) {
      return new InProvince(key.substring(2));
    }
    if (key.startsWith("g:")) {
      String cell = key.substring(2);
      if (cell.length() > MAX_GEOHASH_PRECISION) {
        throw new InvalidValueException("place", "must have a cell of 1..5 characters", key);
      }
      return new InCell(cell);
    }
    throw new InvalidValueException("place", "must start with p: or g:, or be u", key);
  }

  /**
   * Returns the place's key as stores keep it: {@code "p:01"}, {@code "g:w3gv2"} or {@code "u"}.
   *
   * @return the key, at most {@value #MAX_KEY_LENGTH} characters
   */
  String key();

  /**
   * Tells whether the place is known.
   *
   * @return false for {@link Unknown}
   */
  boolean isKnown();

  /**
   * A provincial unit.
   *
   * @param code the unit's two-digit code, e.g. {@code "79"} for Thành phố Hồ Chí Minh
   */
  record InProvince(String code) implements ScanPlace {
    /**
     * Validates the code.
     *
     * @param code two digits
     */
    public InProvince {
      if (code == null) {
        throw new InvalidValueException("province", "must not be null", null);
      }
      if (!code.matches("[0-9]{2}")) {
        throw new InvalidValueException("province", "must be 2 digits", code);
      }
    }

    @Override
    public String key() {
      return "p:" + code;
    }

    @Override
    public boolean isKnown() {
      return true;
    }
  }

  /**
   * A geohash cell of 1..5 characters.
   *
   * @param geohash the cell, lower case, e.g. {@code "w3gv2"}
   */
  record InCell(String geohash) implements ScanPlace {
    /**
     * Validates the cell.
     *
     * @param geohash 1..5 lower-case characters of the geohash alphabet
     */
    public InCell {
      if (geohash == null) {
        throw new InvalidValueException("geohash", "must not be null", null);
      }
      if (!geohash.matches("[0-9b-hjkmnp-z]{1,5}")) {
        throw new InvalidValueException(
            "geohash", "must be 1..5 lower-case characters of the geohash alphabet", geohash);
      }
    }

    @Override
    public String key() {
      return "g:" + geohash;
    }

    @Override
    public boolean isKnown() {
      return true;
    }
  }

  /** The caller did not say where the scan happened. */
  final class Unknown implements ScanPlace {
    private static final String KEY = "u";
    private static final Unknown INSTANCE = new Unknown();

    private Unknown() {}

    @Override
    public String key() {
      return KEY;
    }

    @Override
    public boolean isKnown() {
      return false;
    }

    /** Returns {@code "unknown"}. */
    @Override
    public String toString() {
      return "unknown";
    }
  }
}
