package io.github.craftmark.examples.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The entry point the one-command demo calls, on the system clock as the demo runs it. */
class RunTest {
  @Test
  void run_onTheSystemClock_listsTheCatalogueOnAllFourPlatformsAndPrintsTheAccount() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SyncSummary summary = MarketplaceSync.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(summary.platforms())
        .extracting(p -> p.published().size())
        .containsExactly(5, 5, 5, 4);
    assertThat(summary.platforms())
        .allSatisfy(
            p -> assertThat(p.refused()).extracting(r -> r.sku()).contains(Catalogue.BROKEN_PLATE))
        .allSatisfy(p -> assertThat(p.stock().allSucceeded()).isTrue())
        .allSatisfy(p -> assertThat(p.orders()).isNotEmpty());
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith("CraftMark marketplace sync: 6 products from Bát Tràng and Vạn Phúc")
        .contains("TikTok Shop (shop tiktok-shop:");
  }
}
