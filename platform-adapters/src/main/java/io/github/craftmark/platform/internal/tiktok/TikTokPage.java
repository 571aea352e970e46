package io.github.craftmark.platform.internal.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a TikTok Shop search: the items, the token for the next page and the total.
 *
 * <p>An empty or absent {@code next_page_token} ends the search.
 *
 * @param items the page's items
 * @param nextPageToken the token for the next page, or an empty string on the last page
 * @param totalCount the total TikTok Shop reports, or -1 when absent
 * @param <T> the item type
 */
public record TikTokPage<T>(List<T> items, String nextPageToken, long totalCount) {

  /** Copies the items. */
  public TikTokPage {
    items = List.copyOf(items);
  }

  /** Reads a page; {@code reader} turns {@code data} into the page's items. */
  public static <T> TikTokPage<T> from(JsonNode data, Function<JsonNode, List<T>> reader) {
    JsonNode total = data.path("total_count");
    return new TikTokPage<>(
        reader.apply(data),
        data.path("next_page_token").asText(""),
        total.canConvertToLong() ? total.asLong() : -1);
  }

  /** Tells whether another page follows. */
  public boolean hasNext() {
    return !nextPageToken.isEmpty();
  }
}
