package io.github.craftmark.core.address;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.craftmark.core.CraftMarkException;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.text.VietnameseText;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A registry of provincial-level units, looked up by code or by name with or without diacritics
 * and prefixes.
 *
 * <p>{@link #standard()} holds the 34 units in force since 1 July 2025, loaded from the resource
 * {@code io/github/craftmark/core/address/provinces.json}. An application that needs another list
 * (a later reform) builds its own with {@link #of(Collection)}.
 *
 * <p>{@link #find(String)} accepts {@code "Hà Nội"}, {@code "ha noi"}, {@code "Thành phố Hà Nội"},
 * {@code "TP. Hà Nội"}, {@code "Tỉnh Ninh Bình"}, a code such as {@code "01"}, an alias such as
 * {@code "TP.HCM"}, and the name of a former province, which resolves to its successor: {@code
 * "Nam Định"} and {@code "Hà Nam"} give Tỉnh Ninh Bình (Resolution 202/2025/QH15), {@code "Hà
 * Tây"} gives Thành phố Hà Nội (2008).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Provinces {
  private static final String RESOURCE = "provinces.json";

  private final List<Province> all;
  private final Map<String, Province> byCode;
  private final Map<String, Province> byKey;

  private Provinces(Collection<Province> provinces) {
    this.all = Checks.list("provinces", provinces);
    Map<String, Province> codes = new LinkedHashMap<>();
    Map<String, Province> current = new HashMap<>();
    Map<String, Province> former = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Province province : all) {
      if (codes.put(province.code(), province) != null) {
        throw new InvalidValueException("provinces", "must not repeat a code", province.code());
      }
      for (String name : currentNames(province)) {
        Province clash = current.put(key(name), province);
        if (clash != null && clash != province) {
          throw new InvalidValueException("provinces", "must not repeat a name", name);
        }
      }
      for (LegacyProvince legacy : province.legacy()) {
        String key = key(legacy.name());
        Province other = former.putIfAbsent(key, province);
        if (other != null && other != province) {
          ambiguous.add(key);
        }
      }
    }
    // A former name claimed by two units (a province split between successors) names neither.
    former.keySet().removeAll(ambiguous);
    // A current name wins over a former one: the old, smaller Tỉnh Ninh Bình is today's too.
    Map<String, Province> keys = new HashMap<>(former);
    keys.putAll(current);
    this.byCode = Map.copyOf(codes);
    this.byKey = Map.copyOf(keys);
  }

  private static List<String> currentNames(Province province) {
    List<String> names = new ArrayList<>();
    names.add(province.name());
    names.add(province.shortName());
    names.addAll(province.aliases());
    return names;
  }

  /**
   * Returns the 34 provincial-level units in force since 1 July 2025.
   *
   * @return the standard registry
   */
  public static Provinces standard() {
    return Standard.INSTANCE;
  }

  /**
   * Builds a registry from the caller's own list, e.g. after a later reform.
   *
   * @param provinces the units; codes and names must be unique
   * @return the registry
   */
  public static Provinces of(Collection<Province> provinces) {
    return new Provinces(provinces);
  }

  /**
   * Returns every unit, in the order of the list (the standard list is in code order).
   *
   * @return an unmodifiable list
   */
  public List<Province> all() {
    return all;
  }

  /**
   * Finds the unit with this two-digit code.
   *
   * @param code e.g. {@code "01"}
   * @return the unit, or empty
   */
  public Optional<Province> byCode(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code.strip()));
  }

  /**
   * Finds a unit by code, official name, short name, alias or former province name, ignoring case,
   * diacritics, punctuation and the prefixes {@code "Tỉnh"}, {@code "Thành phố"} and {@code "TP."}.
   *
   * <p>A current name wins over a former one. A former name that two units of this registry both
   * list (a province divided between successors) matches neither: the text alone cannot tell which
   * successor is meant, so the caller must ask for the commune or the code. Only whole names match,
   * never a part of one ({@code "Bình"} finds nothing).
   *
   * @param name the text to look up
   * @return the unit, or empty when nothing matches
   */
  public Optional<Province> find(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    Optional<Province> coded = byCode(name);
    if (coded.isPresent()) {
      return coded;
    }
    return Optional.ofNullable(byKey.get(key(name)));
  }

  /**
   * Returns the unit with this code or name, as {@link #find(String)}, failing when none matches.
   *
   * @param codeOrName a code or a name
   * @return the unit
   * @throws InvalidValueException when nothing matches
   */
  public Province get(String codeOrName) {
    return find(codeOrName)
        .orElseThrow(() -> new InvalidValueException(
            "province", "must be a known province code or name", codeOrName));
  }

  private static final List<String> PREFIXES = List.of("tinh ", "thanh pho ", "tp ");

  private static String key(String name) {
    String folded = VietnameseText.searchKey(name).replaceAll("[^a-z0-9]+", " ").strip();
    for (String prefix : PREFIXES) {
      if (folded.startsWith(prefix) && folded.length() > prefix.length()) {
        return folded.substring(prefix.length());
      }
    }
    return folded;
  }

  private static final class Standard {
    static final Provinces INSTANCE = load();

    private static Provinces load() {
      try (InputStream in = Provinces.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new CraftMarkException("missing resource " + RESOURCE);
        }
        JsonNode root = new ObjectMapper().readTree(in);
        List<Province> provinces = new ArrayList<>();
        for (JsonNode node : root.path("provinces")) {
          List<String> aliases = new ArrayList<>();
          node.path("aliases").forEach(alias -> aliases.add(alias.asText()));
          List<LegacyProvince> legacy = new ArrayList<>();
          for (JsonNode old : node.path("legacy")) {
            legacy.add(new LegacyProvince(
                old.path("name").asText(),
                LocalDate.parse(old.path("replacedOn").asText()),
                Optional.ofNullable(old.path("legalBasis").textValue())));
          }
          provinces.add(new Province(
              node.path("code").asText(),
              node.path("name").asText(),
              node.path("shortName").asText(),
              ProvinceKind.valueOf(node.path("kind").asText()),
              aliases,
              legacy));
        }
        return new Provinces(provinces);
      } catch (IOException e) {
        throw new CraftMarkException("cannot read resource " + RESOURCE, e);
      }
    }
  }
}
