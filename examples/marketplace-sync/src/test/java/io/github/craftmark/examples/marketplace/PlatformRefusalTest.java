package io.github.craftmark.examples.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.PlatformException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PlatformRefusalTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), ZoneOffset.UTC);

  @Test
  void sync_whenThePlatformRefusesOneListing_reportsItAndListsTheOthers() {
    try (LocalPlatforms platforms = LocalPlatforms.start(CLOCK)) {
      // The first call to the fake is the vase's publish: mapping makes no call.
      platforms
          .fake()
          .failNext(PlatformException.builder(Marketplace.FAKE, "CATEGORY_CLOSED")
              .message("category gom-su is closed for new listings")
              .build());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      SyncSummary summary = new MarketplaceSync(
              Catalogue.sample(), CLOCK, new PrintStream(bytes, true, StandardCharsets.UTF_8))
          .sync(platforms.channels().subList(0, 1));

      SyncSummary.PlatformResult fake = summary.platform("Fake marketplace");
      assertThat(fake.refused())
          .filteredOn(r -> r.sku().equals(Catalogue.VASE))
          .singleElement()
          .satisfies(r -> assertThat(r.problems())
              .containsExactly(
                  "platform CATEGORY_CLOSED: category gom-su is closed for new listings"));
      assertThat(fake.published()).hasSize(4);
      assertThat(fake.stock().outcomes()).hasSize(5).allMatch(o -> o.succeeded());
      assertThat(bytes.toString(StandardCharsets.UTF_8))
          .contains("refused by the platform: BT-BHL-25 platform CATEGORY_CLOSED");
    }
  }
}
