package io.github.craftmark.provenance.internal.ledger;

/**
 * Decodes a geohash (Niemeyer's public-domain scheme, 2008) to the centre of its cell.
 *
 * <p>Each base-32 character gives 5 bits; the bits alternate longitude and latitude, longitude
 * first, each halving its interval.
 */
public final class Geohash {
  private static final String ALPHABET = "0123456789bcdefghjkmnpqrstuvwxyz";

  private Geohash() {}

  /**
   * Decodes a geohash to its cell's centre; the radius is the distance from the centre to a
   * corner.
   *
   * @param geohash 1..12 lower-case characters of the geohash alphabet
   * @return the centre and half-diagonal of the cell
   * @throws IllegalArgumentException when a character is not in the alphabet
   */
  public static GeoPoint decode(String geohash) {
    double latMin = -90;
    double latMax = 90;
    double lonMin = -180;
    double lonMax = 180;
    boolean longitude = true;
    for (int i = 0; i < geohash.length(); i++) {
      int value = ALPHABET.indexOf(geohash.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("not a geohash character at index " + i);
      }
      for (int bit = 4; bit >= 0; bit--) {
        boolean high = ((value >> bit) & 1) == 1;
        if (longitude) {
          double mid = (lonMin + lonMax) / 2;
          if (high) {
            lonMin = mid;
          } else {
            lonMax = mid;
          }
        } else {
          double mid = (latMin + latMax) / 2;
          if (high) {
            latMin = mid;
          } else {
            latMax = mid;
          }
        }
        longitude = !longitude;
      }
    }
    double lat = (latMin + latMax) / 2;
    double lon = (lonMin + lonMax) / 2;
    GeoPoint centre = new GeoPoint(lat, lon, 0);
    double halfDiagonal = centre.distanceKm(new GeoPoint(latMax, lonMax, 0));
    return new GeoPoint(lat, lon, halfDiagonal);
  }
}
