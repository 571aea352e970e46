package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.platform.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingDraftTest {
  private final ListingDraft draft =
      ListingMapper.draft(Marketplace.TIKTOK_SHOP, Samples.vaseRequest(Marketplace.TIKTOK_SHOP));

  @Test
  void withDescription_replacesOnlyTheDescription() {
    ListingDraft html = draft.withDescription("<p>Bình gốm Bát Tràng</p>");

    assertThat(html.description()).isEqualTo("<p>Bình gốm Bát Tràng</p>");
    assertThat(html.withDescription(draft.description())).isEqualTo(draft);
  }

  @Test
  void withExtra_addsAPlatformValue() {
    assertThat(draft.withExtra("warehouse_id", "7068517275539719942").extras())
        .containsEntry("warehouse_id", "7068517275539719942");
    assertThat(draft.extras()).isEmpty();
  }

  @Test
  void constructor_needsAVariant() {
    assertThatThrownBy(() -> new ListingDraft(
            draft.marketplace(),
            draft.sku(),
            draft.title(),
            draft.description(),
            draft.categoryId(),
            draft.attributes(),
            draft.tiers(),
            List.of(),
            draft.images(),
            draft.weightGrams(),
            draft.dimensions(),
            draft.brandId(),
            draft.logisticsChannelIds(),
            draft.extras()))
        .hasMessage("variants must have at least one entry: 0");
  }
}
