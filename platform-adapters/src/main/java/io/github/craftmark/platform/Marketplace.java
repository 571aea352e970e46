package io.github.craftmark.platform;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A marketplace a seller lists on: Shopee, Lazada, TikTok Shop, or one an application adds.
 *
 * <p>An open set, like {@link io.github.craftmark.core.product.CraftCategory}: the platforms
 * CraftMark ships adapters for are constants, and an adapter for another platform (Tiki, a
 * company's own shop) registers its own with {@link #register(String, String)}. Two marketplaces
 * are equal when their codes are equal. The code is a lower-case ASCII slug, stable in data and
 * logs. Registering and looking up are safe from any thread.
 */
public final class Marketplace {
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_CODE_LENGTH = 32;
  private static final Map<String, Marketplace> REGISTRY =
      Collections.synchronizedMap(new LinkedHashMap<>());

  /** Shopee, through Shopee Open Platform API v2. */
  public static final Marketplace SHOPEE = builtIn("shopee", "Shopee");

  /** Lazada, through Lazada Open Platform. */
  public static final Marketplace LAZADA = builtIn("lazada", "Lazada");

  /** TikTok Shop, through the TikTok Shop Partner API version 202309. */
  public static final Marketplace TIKTOK_SHOP = builtIn("tiktok-shop", "TikTok Shop");

  /** The in-memory fake marketplace for tests and examples; it sells nothing. */
  public static final Marketplace FAKE = builtIn("fake", "Fake marketplace");

  private final String code;
  private final String displayName;

  private Marketplace(String code, String displayName) {
    this.code = checkCode(code);
    this.displayName = Checks.text("displayName", displayName, 100);
  }

  private static Marketplace builtIn(String code, String displayName) {
    Marketplace marketplace = new Marketplace(code, displayName);
    REGISTRY.put(code, marketplace);
    return marketplace;
  }

  /**
   * Creates a marketplace without registering it.
   *
   * @param code lower-case ASCII slug of at most 32 characters, e.g. {@code "tiki"}
   * @param displayName the name shown to people, e.g. {@code "Tiki"}
   * @return the marketplace
   * @throws InvalidValueException when the code is not such a slug or the name is blank
   */
  public static Marketplace of(String code, String displayName) {
    return new Marketplace(code, displayName);
  }

  /**
   * Registers a marketplace so that {@link #fromCode(String)} finds it. Registering the same code
   * again with the same name returns the registered one; with another name it fails.
   *
   * @param code lower-case ASCII slug of at most 32 characters
   * @param displayName the name shown to people
   * @return the registered marketplace
   * @throws InvalidValueException when the code is taken by another name or is not a slug
   */
  public static Marketplace register(String code, String displayName) {
    Marketplace marketplace = new Marketplace(code, displayName);
    synchronized (REGISTRY) {
      Marketplace existing = REGISTRY.get(marketplace.code);
      if (existing != null) {
        if (!existing.displayName.equals(marketplace.displayName)) {
          throw new InvalidValueException(
              "code", "is already registered as " + existing.displayName, code);
        }
        return existing;
      }
      REGISTRY.put(marketplace.code, marketplace);
      return marketplace;
    }
  }

  /**
   * Returns the built-in or registered marketplace with this code.
   *
   * @param code the code, e.g. {@code "shopee"}
   * @return the marketplace
   * @throws InvalidValueException when no marketplace has this code
   */
  public static Marketplace fromCode(String code) {
    checkCode(code);
    Marketplace marketplace = REGISTRY.get(code);
    if (marketplace == null) {
      throw new InvalidValueException("marketplace", "must be a built-in or registered code", code);
    }
    return marketplace;
  }

  /**
   * Finds the built-in or registered marketplace with this code.
   *
   * @param code the code
   * @return the marketplace, or empty when none has this code
   */
  public static Optional<Marketplace> find(String code) {
    return Optional.ofNullable(code == null ? null : REGISTRY.get(code));
  }

  /**
   * Returns every built-in and registered marketplace, built-ins first, in registration order.
   *
   * @return an unmodifiable snapshot
   */
  public static List<Marketplace> all() {
    synchronized (REGISTRY) {
      return List.copyOf(REGISTRY.values());
    }
  }

  /**
   * Returns the stable code, e.g. {@code "tiktok-shop"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the name shown to people, e.g. {@code "TikTok Shop"}.
   *
   * @return the name
   */
  public String displayName() {
    return displayName;
  }

  private static String checkCode(String code) {
    Checks.notNull("code", code);
    if (code.length() > MAX_CODE_LENGTH || !CODE.matcher(code).matches()) {
      throw new InvalidValueException(
          "code", "must be a lower-case ASCII slug of at most " + MAX_CODE_LENGTH + " chars", code);
    }
    return code;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Marketplace other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
