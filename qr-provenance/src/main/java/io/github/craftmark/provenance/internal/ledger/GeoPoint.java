package io.github.craftmark.provenance.internal.ledger;

/**
 * A place on the earth with how far the real place may lie from it.
 *
 * @param latitude degrees north, -90..90
 * @param longitude degrees east, -180..180
 * @param radiusKm how far from this point the place may be, in km
 */
public record GeoPoint(double latitude, double longitude, double radiusKm) {
  /** The mean earth radius in km (IUGG). */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  /**
   * Returns the great-circle distance between the two centres (haversine formula).
   *
   * @param other the other point
   * @return the distance in km
   */
  public double distanceKm(GeoPoint other) {
    double lat1 = Math.toRadians(latitude);
    double lat2 = Math.toRadians(other.latitude);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(other.longitude - longitude);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * Returns the least distance the two places can be apart: the distance between the centres less
   * both radii, never below zero.
   *
   * @param other the other place
   * @return the separation in km
   */
  public double separationKm(GeoPoint other) {
    return Math.max(0, distanceKm(other) - radiusKm - other.radiusKm);
  }
}
