package io.github.craftmark.provenance.internal.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The approximate centres and reach of the 34 provincial-level units, from the resource {@code
 * province-centroids.csv} (approximate data, marked so in every row).
 */
public final class ProvinceCentroids {
  private static final String RESOURCE = "province-centroids.csv";
  private static final Map<String, GeoPoint> STANDARD = load();

  private ProvinceCentroids() {}

  /**
   * Returns the approximate centre and reach of a unit.
   *
   * @param code the unit's two-digit code in {@code Provinces.standard()}
   * @return the point, or empty for a code not in the table
   */
  public static Optional<GeoPoint> of(String code) {
    return Optional.ofNullable(STANDARD.get(code));
  }

  /**
   * Returns the whole table, in code order.
   *
   * @return code → approximate centre and reach
   */
  public static Map<String, GeoPoint> all() {
    return STANDARD;
  }

  private static Map<String, GeoPoint> load() {
    Map<String, GeoPoint> points = new LinkedHashMap<>();
    try (InputStream in = ProvinceCentroids.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (cells.length != 6 || !cells[5].equals("true")) {
          throw new IllegalStateException(RESOURCE + " line " + number + " is not a marked row");
        }
        GeoPoint point = new GeoPoint(
            Double.parseDouble(cells[2]),
            Double.parseDouble(cells[3]),
            Double.parseDouble(cells[4]));
        if (points.put(cells[0], point) != null) {
          throw new IllegalStateException(RESOURCE + " repeats code " + cells[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Collections.unmodifiableMap(points);
  }
}
