package io.github.craftmark.platform;

import io.github.craftmark.platform.internal.Checks;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns a platform's paged endpoint into the lazy {@link Stream} the SPI returns, whatever the
 * paging scheme: offsets, page numbers, cursors with a {@code more} flag, page tokens, or time
 * windows walked one after another.
 *
 * <p>The adapter writes one function from a position to a page and the position after it; this
 * class calls it only when the stream needs the next element, so creating the stream makes no
 * call and {@code limit(n)} fetches no more pages than it must. A failure while fetching is thrown
 * from the stream operation that needed the page.
 *
 * <pre>{@code
 * // TikTok Shop: page tokens
 * return Paging.stream("", token -> {
 *   JsonNode data = searchProducts(shop, token);
 *   String next = data.path("next_page_token").asText();
 *   return Paging.Page.of(toListings(data), next.isEmpty() ? null : next);
 * });
 * }</pre>
 */
public final class Paging {
  private Paging() {}

  /**
   * One page of results and where the next page starts.
   *
   * @param <T> the element type
   * @param <P> the position type (offset, cursor, token…)
   * @param items the page's elements, in order
   * @param next where the next page starts, or empty when this is the last page
   */
  public record Page<T, P>(List<T> items, Optional<P> next) {
    /**
     * Validates the page.
     *
     * @param items the page's elements, in order
     * @param next where the next page starts, or empty when this is the last page
     */
    public Page {
      items = Checks.list("items", items);
      next = Checks.optional(next);
    }

    /**
     * Returns a page.
     *
     * @param <T> the element type
     * @param <P> the position type
     * @param items the page's elements
     * @param next where the next page starts, or null when this is the last page
     * @return the page
     */
    public static <T, P> Page<T, P> of(List<T> items, P next) {
      return new Page<>(items, Optional.ofNullable(next));
    }

    /**
     * Returns the last page.
     *
     * @param <T> the element type
     * @param <P> the position type
     * @param items the page's elements
     * @return the page
     */
    public static <T, P> Page<T, P> last(List<T> items) {
      return new Page<>(items, Optional.empty());
    }
  }

  /**
   * Returns a lazy stream over every page, starting at a position.
   *
   * <p>Paging stops at the first page without a next position. An empty page that still names a
   * next position is followed (some platforms return empty windows), but the same position twice
   * in a row stops paging, so a platform that repeats a cursor cannot loop forever.
   *
   * @param <T> the element type
   * @param <P> the position type
   * @param first where the first page starts (e.g. 0, "" or the first window)
   * @param fetch fetches the page at a position
   * @return the stream, ordered
   */
  public static <T, P> Stream<T> stream(P first, Function<? super P, Page<T, P>> fetch) {
    Checks.notNull("first", first);
    Checks.notNull("fetch", fetch);
    Iterator<T> iterator = new Iterator<>() {
      private Iterator<T> current = List.<T>of().iterator();
      private P position = first;
      private boolean more = true;

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && more) {
          Page<T, P> page = Checks.notNull("page", fetch.apply(position));
          current = page.items().iterator();
          if (page.next().isEmpty() || page.next().get().equals(position)) {
            more = false;
          } else {
            position = page.next().get();
          }
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
