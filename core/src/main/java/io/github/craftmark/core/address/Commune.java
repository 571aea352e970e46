package io.github.craftmark.core.address;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.text.VietnameseText;

/**
 * A commune-level unit (xã, phường or đặc khu) named as in the July 2025 lists: {@code Xã Bát
 * Tràng}, {@code Phường Hà Đông}.
 *
 * <p>In JSON a commune is one string, its {@link #fullName()}: {@code "Xã Bát Tràng"}.
 *
 * @param kind commune, ward or special zone
 * @param name the name without the prefix, e.g. {@code "Bát Tràng"}, NFC
 */
public record Commune(CommuneKind kind, String name) {
  /**
   * Validates the fields; a name that starts with a prefix spelled exactly ({@code "Xã Bát Tràng"})
   * is rejected, so that the prefix is never written twice.
   *
   * @param kind commune, ward or special zone
   * @param name the name without the prefix, e.g. {@code "Bát Tràng"}, NFC
   */
  public Commune {
    Checks.notNull("kind", kind);
    name = Checks.text("commune", name, 100);
    for (CommuneKind any : CommuneKind.values()) {
      if (startsWithPrefix(name, any, false)) {
        throw new InvalidValueException(
            "commune", "must be given without its prefix '" + any.prefixVi() + "'", name);
      }
    }
  }

  /**
   * Returns the commune of this kind and name.
   *
   * @param kind the kind
   * @param name the name without prefix
   * @return the commune
   */
  public static Commune of(CommuneKind kind, String name) {
    return new Commune(kind, name);
  }

  /**
   * Parses a full name: {@code "Xã Bát Tràng"}, {@code "phường Hà Đông"}, {@code "Dac khu Phu Quoc"}.
   * The prefix is matched ignoring case and diacritics.
   *
   * @param fullName the prefix and the name
   * @return the commune
   * @throws InvalidValueException when the text does not start with Xã, Phường or Đặc khu
   */
  public static Commune parse(String fullName) {
    String text = Checks.text("commune", fullName);
    // Exact prefixes first, so that a name such as "Xa La" typed without diacritics is only
    // taken as "Xã" + "La" when nothing better matches.
    for (boolean folded : new boolean[] {false, true}) {
      for (CommuneKind kind : CommuneKind.values()) {
        if (startsWithPrefix(text, kind, folded)) {
          return new Commune(kind, text.substring(kind.prefixVi().length()));
        }
      }
    }
    throw new InvalidValueException("commune", "must start with 'Xã', 'Phường' or 'Đặc khu'", text);
  }

  private static boolean startsWithPrefix(String text, CommuneKind kind, boolean folded) {
    int length = kind.prefixVi().length();
    if (text.length() <= length || !Character.isWhitespace(text.charAt(length))) {
      return false;
    }
    String head = text.substring(0, length);
    return folded
        ? VietnameseText.searchKey(head).equals(VietnameseText.searchKey(kind.prefixVi()))
        : head.equalsIgnoreCase(kind.prefixVi());
  }

  /**
   * Returns the full name, prefix and name: {@code "Xã Bát Tràng"}.
   *
   * @return the full name
   */
  public String fullName() {
    return kind.prefixVi() + " " + name;
  }

  @Override
  public String toString() {
    return fullName();
  }
}
