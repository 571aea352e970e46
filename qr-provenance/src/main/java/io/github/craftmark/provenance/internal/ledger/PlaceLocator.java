package io.github.craftmark.provenance.internal.ledger;

import io.github.craftmark.provenance.ledger.ScanPlace;
import java.util.Optional;

/** Puts a scan place on the map: a province by its approximate centre, a cell by its centre. */
public final class PlaceLocator {
  private PlaceLocator() {}

  /**
   * Locates a place.
   *
   * @param place the place
   * @return the centre and reach, or empty for an unknown place or a province not in the table
   */
  public static Optional<GeoPoint> locate(ScanPlace place) {
    if (place instanceof ScanPlace.InProvince province) {
      return ProvinceCentroids.of(province.code());
    }
    if (place instanceof ScanPlace.InCell cell) {
      return Optional.of(Geohash.decode(cell.geohash()));
    }
    return Optional.empty();
  }
}
