package io.github.craftmark.platform.internal.shopee;

import io.github.craftmark.core.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Splits a time range into the at-most-15-day windows {@code get_order_list} accepts. */
public final class ShopeeWindows {
  /** The longest window {@code get_order_list} accepts. */
  public static final Duration MAX_WINDOW = Duration.ofDays(15);

  private ShopeeWindows() {}

  /**
   * A window {@code [from, to]} in whole seconds.
   *
   * @param from start, inclusive
   * @param to end, inclusive (Shopee compares with {@code <=})
   */
  public record Window(Instant from, Instant to) {}

  /**
   * Returns consecutive windows covering {@code [from, to]}, each at most 15 days, oldest first;
   * one second apart so no order is listed in two windows. Instants are truncated to seconds.
   *
   * @param from the start
   * @param to the end, not before the start
   * @return the windows, at least one
   */
  public static List<Window> split(Instant from, Instant to) {
    long start = from.getEpochSecond();
    long end = to.getEpochSecond();
    if (end < start) {
      throw new InvalidValueException("since", "must not be after now (" + to + ")", from);
    }
    long max = MAX_WINDOW.toSeconds();
    List<Window> windows = new ArrayList<>();
    long cursor = start;
    do {
      long windowEnd = Math.min(end, cursor + max);
      windows.add(new Window(Instant.ofEpochSecond(cursor), Instant.ofEpochSecond(windowEnd)));
      cursor = windowEnd + 1;
    } while (cursor <= end);
    return windows;
  }
}
