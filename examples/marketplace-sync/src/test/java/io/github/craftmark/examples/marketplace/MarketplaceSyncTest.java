package io.github.craftmark.examples.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.core.compliance.ComplianceChecker;
import io.github.craftmark.platform.Listing;
import io.github.craftmark.platform.PublishedListing;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarketplaceSyncTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), ZoneOffset.UTC);

  private LocalPlatforms platforms;
  private SyncSummary summary;
  private String account;

  @BeforeEach
  void sync() {
    platforms = LocalPlatforms.start(CLOCK);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    summary = new MarketplaceSync(Catalogue.sample(), CLOCK, out).sync(platforms.channels());
    account = bytes.toString(StandardCharsets.UTF_8);
  }

  @AfterEach
  void stop() {
    platforms.close();
  }

  @Test
  void sync_whenPlateIsBroken_reportsItsComplianceFindingAndNeverSendsIt() {
    SyncSummary.ProductCheck plate = summary.compliance().stream()
        .filter(c -> c.sku().equals(Catalogue.BROKEN_PLATE))
        .findFirst()
        .orElseThrow();
    assertThat(plate.hasErrors()).isTrue();
    assertThat(plate.findings())
        .extracting(f -> f.code())
        .contains(ComplianceChecker.LABEL_ORIGIN_ABBREVIATED);
    assertThat(summary.compliance().stream().filter(SyncSummary.ProductCheck::hasErrors))
        .hasSize(1);
  }

  @Test
  void sync_onFake_publishesEveryGoodProductWithItsProvenanceLine() {
    SyncSummary.PlatformResult fake = summary.platform("Fake marketplace");
    assertThat(fake.refused())
        .singleElement()
        .satisfies(r -> assertThat(r.sku()).isEqualTo(Catalogue.BROKEN_PLATE))
        .satisfies(r -> assertThat(r.problems())
            .anyMatch(p -> p.startsWith("compliance LABEL_ORIGIN_ABBREVIATED"))
            .anyMatch(p -> p.startsWith("mapping MISSING_WEIGHT")));
    assertThat(fake.published()).hasSize(5);
    List<Listing> held = platforms.fake().listingsOf(fake.published().get(0).shop());
    assertThat(held).hasSize(5);
    assertThat(held)
        .flatExtracting(Listing::skus)
        .noneMatch(s -> s.sellerSku().orElse("").equals(Catalogue.BROKEN_PLATE.value()));
    for (PublishedListing listing : fake.published()) {
      assertThat(platforms.fake().listing(listing.shop(), listing.listingId())).isPresent();
    }
  }

  @Test
  void sync_onFake_sendsStockInOneBatchAndPullsOrdersOverPages() {
    SyncSummary.PlatformResult fake = summary.platform("Fake marketplace");
    assertThat(fake.stock().outcomes()).hasSize(6).allMatch(o -> o.succeeded());
    assertThat(fake.orders()).hasSize(LocalPlatforms.FAKE_ORDERS);
    assertThat(fake.orderPages()).isGreaterThan(1);
    assertThat(account).contains("Fake marketplace", "25 pulled over 2 pages");
  }
}
