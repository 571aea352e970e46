package io.github.craftmark.examples.marketplace;

import io.github.craftmark.core.compliance.ComplianceChecker;
import io.github.craftmark.core.compliance.Finding;
import io.github.craftmark.core.compliance.Severity;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.examples.marketplace.SyncSummary.PlatformResult;
import io.github.craftmark.examples.marketplace.SyncSummary.ProductCheck;
import io.github.craftmark.examples.marketplace.SyncSummary.Refused;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.MappingProblem;
import io.github.craftmark.platform.MappingReport;
import io.github.craftmark.platform.MarketplaceOrder;
import io.github.craftmark.platform.OrderLine;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.PublishedListing;
import io.github.craftmark.platform.StockUpdate;
import io.github.craftmark.platform.StockUpdateResult;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists a village catalogue on several marketplaces the way a workshop's back office would: check
 * every product for compliance once, then for each marketplace map every product, report every
 * problem before any call, publish what passed (each listing built from the catalogue, never copied
 * from another marketplace), send the new stock levels in one batch and pull the month's orders.
 *
 * <p>{@link #main} and {@link #run(PrintStream)} run it against the fake marketplace and local
 * stand-ins for Shopee, Lazada and TikTok Shop ({@link LocalPlatforms}), so it needs no network and
 * no account.
 */
public final class MarketplaceSync {
  /** How far back orders are pulled. */
  public static final Duration ORDER_WINDOW = Duration.ofDays(30);

  /** The units each SKU gains in the stock batch: the week's firing or weaving. */
  public static final int RESTOCK = 3;

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final int ORDERS_SHOWN = 3;

  private final Catalogue catalogue;
  private final Clock clock;
  private final PrintStream out;

  /**
   * Creates a sync of a catalogue.
   *
   * @param catalogue the products and the compliance data
   * @param clock the present, for the compliance date and the order window
   * @param out where the account is printed
   */
  public MarketplaceSync(Catalogue catalogue, Clock clock, PrintStream out) {
    this.catalogue = catalogue;
    this.clock = clock;
    this.out = out;
  }

  /**
   * Runs the sample sync and prints its account.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the sample catalogue against the fake marketplace and local stand-ins for Shopee, Lazada
   * and TikTok Shop started for the run and stopped after it, and prints a short account.
   *
   * @param out where the account is printed
   * @return what was done
   */
  public static SyncSummary run(PrintStream out) {
    return run(out, Clock.systemUTC());
  }

  /**
   * Runs the sample sync with a given clock.
   *
   * @param out where the account is printed
   * @param clock the present, shared by the adapters and the stand-ins
   * @return what was done
   */
  public static SyncSummary run(PrintStream out, Clock clock) {
    try (LocalPlatforms platforms = LocalPlatforms.start(clock)) {
      return new MarketplaceSync(Catalogue.sample(), clock, out).sync(platforms.channels());
    }
  }

  /**
   * Checks the catalogue, then lists it on each channel in turn.
   *
   * @param channels the shops to list in
   * @return what was done
   */
  public SyncSummary sync(List<Channel> channels) {
    List<Product> products = catalogue.products();
    out.printf(
        "CraftMark marketplace sync: %d products from Bát Tràng and Vạn Phúc%n", products.size());
    List<ProductCheck> checks = checkCompliance(products);
    List<PlatformResult> results = new ArrayList<>();
    for (Channel channel : channels) {
      results.add(sync(channel, checks));
    }
    return new SyncSummary(checks, results);
  }

  private List<ProductCheck> checkCompliance(List<Product> products) {
    LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
    out.printf("%nCompliance check (%s), once for every marketplace:%n", DAY.format(today));
    ComplianceChecker checker = catalogue.checker();
    List<ProductCheck> checks = new ArrayList<>();
    for (Product product : products) {
      List<Finding> findings =
          checker.check(product, catalogue.producerOf(product), today).findings();
      ProductCheck check = new ProductCheck(product.sku(), product.nameVi(), findings);
      checks.add(check);
      out.printf("  %s %-12s %s%n", check.hasErrors() ? "✗" : "✓", product.sku(), product.nameVi());
      for (Finding finding : findings) {
        if (finding.severity() != Severity.INFO) {
          out.printf("      %s %s: %s%n", finding.severity(), finding.code(), finding.messageEn());
        }
      }
    }
    return checks;
  }

  /** A product that passed every check, with its request for one marketplace. */
  private record Ready(Product product, ListingRequest request) {}

  /** A product and the listing a marketplace created for it. */
  private record Listed(Product product, PublishedListing listing) {}

  private PlatformResult sync(Channel channel, List<ProductCheck> checks) {
    out.printf("%n%s (shop %s)%n", channel.name(), channel.shop().key());
    List<Refused> refused = new ArrayList<>();
    List<Ready> ready = mapAll(channel, checks, refused);
    List<Listed> listed = publishAll(channel, ready, refused);

    // The week's new stock levels, every SKU of every listing, in one batch.
    List<StockUpdate> updates = new ArrayList<>();
    for (Listed l : listed) {
      for (Variant variant : l.product().variants()) {
        updates.add(l.listing().stockUpdate(variant.sku(), variant.stock() + RESTOCK));
      }
    }
    long stockCallsBefore = channel.stockCallsServed().getAsLong();
    StockUpdateResult stock = updates.isEmpty()
        ? new StockUpdateResult(List.of())
        : channel.adapter().updateStock(channel.shop(), updates);
    long stockCalls = channel.stockCallsServed().getAsLong() - stockCallsBefore;
    long updated = stock.outcomes().stream()
        .filter(StockUpdateResult.SkuOutcome::succeeded)
        .count();
    out.printf(
        "  stock: %d SKUs in one batch (%d call%s to the platform), %d updated, %d refused%n",
        updates.size(), stockCalls, stockCalls == 1 ? "" : "s", updated, updates.size() - updated);

    // A month of buyers, then their orders pulled through the lazy, paged stream.
    Instant now = clock.instant();
    Instant since = now.minus(ORDER_WINDOW);
    channel.buyers().placeOrders(since.plus(Duration.ofDays(1)), now.minus(Duration.ofHours(1)));
    long pagesBefore = channel.orderPagesServed().getAsLong();
    List<MarketplaceOrder> orders;
    try (Stream<MarketplaceOrder> stream = channel.adapter().ordersSince(channel.shop(), since)) {
      orders = stream.toList();
    }
    long pages = channel.orderPagesServed().getAsLong() - pagesBefore;
    Money total = Money.sum(orders.stream().map(MarketplaceOrder::total).toList());
    out.printf(
        "  orders since %s: %d pulled over %d pages, %s in all; the latest:%n",
        DAY.format(since.atZone(VIETNAM)), orders.size(), pages, total.format());
    orders.stream()
        .skip(Math.max(0, orders.size() - ORDERS_SHOWN))
        .forEach(order -> out.printf("    %s%n", describe(order)));

    List<PublishedListing> published = listed.stream().map(Listed::listing).toList();
    return new PlatformResult(channel.name(), refused, published, stock, stockCalls, orders, pages);
  }

  /**
   * Maps every product for the channel (pure: no call) and keeps those with neither a compliance
   * error nor a mapping error; the others go to {@code refused} with every problem.
   */
  private List<Ready> mapAll(Channel channel, List<ProductCheck> checks, List<Refused> refused) {
    List<Ready> ready = new ArrayList<>();
    String provenanceExample = null;
    for (int i = 0; i < catalogue.products().size(); i++) {
      Product product = catalogue.products().get(i);
      ListingRequest request = request(channel, product);
      MappingReport<ListingDraft> report = channel.adapter().map(request);
      List<String> problems = new ArrayList<>();
      for (Finding finding : checks.get(i).findings()) {
        if (finding.severity() == Severity.ERROR) {
          problems.add("compliance " + finding.code() + ": " + finding.messageEn());
        }
      }
      for (MappingProblem problem : report.errors()) {
        problems.add(
            "mapping " + problem.code().value() + " " + problem.field() + ": " + problem.message());
      }
      if (!problems.isEmpty()) {
        refused.add(new Refused(product.sku(), problems));
        continue;
      }
      ready.add(new Ready(product, request));
      if (provenanceExample == null) {
        provenanceExample = provenanceOf(report.orElseThrow().description());
      }
    }
    out.printf("  problems found before any call: %d product(s) not sent%n", refused.size());
    for (Refused r : refused) {
      out.printf("    %s%n", r.sku());
      r.problems().forEach(p -> out.printf("      %s%n", p));
    }
    if (provenanceExample != null) {
      out.printf(
          "  each description ends with its provenance line, e.g.%n    %s%n", provenanceExample);
    }
    return ready;
  }

  /**
   * Publishes each ready product, built from the catalogue for this marketplace. A refusal by the
   * platform goes to {@code refused} and the others are still published.
   */
  private List<Listed> publishAll(Channel channel, List<Ready> ready, List<Refused> refused) {
    List<Listed> listed = new ArrayList<>();
    List<String> platformRefusals = new ArrayList<>();
    for (Ready r : ready) {
      try {
        listed.add(new Listed(r.product(), channel.adapter().publish(channel.shop(), r.request())));
      } catch (PlatformException e) {
        String problem = "platform " + e.errorCode() + ": " + e.platformMessage();
        refused.add(new Refused(r.product().sku(), List.of(problem)));
        platformRefusals.add(r.product().sku() + " " + problem);
      }
    }
    out.printf("  listings published: %d%n", listed.size());
    for (Listed l : listed) {
      out.printf(
          "    %-12s → %s (%s)%n",
          l.product().sku(), l.listing().listingId(), l.listing().status());
    }
    platformRefusals.forEach(r -> out.printf("    refused by the platform: %s%n", r));
    return listed;
  }

  private ListingRequest request(Channel channel, Product product) {
    ListingRequest.Builder request = ListingRequest.builder(product, channel.categories())
        .images(catalogue.photosOf(product))
        .provenance(catalogue.provenanceOf(product))
        .englishProvenance(true);
    channel.logisticsChannels().forEach(request::addLogisticsChannel);
    return request.build();
  }

  /** The Vietnamese provenance line of a draft's description, plain text or HTML. */
  private static String provenanceOf(String description) {
    int start = description.indexOf("Nguồn gốc:");
    if (start < 0) {
      return "(none)";
    }
    int end = start;
    while (end < description.length()
        && description.charAt(end) != '\n'
        && description.charAt(end) != '<') {
      end++;
    }
    return description.substring(start, end);
  }

  private static String describe(MarketplaceOrder order) {
    StringBuilder lines = new StringBuilder();
    for (OrderLine line : order.lines()) {
      if (!lines.isEmpty()) {
        lines.append(", ");
      }
      lines.append(line.quantity()).append(" × ").append(line.sellerSku().orElse(line.title()));
    }
    return DAY.format(order.createdAt().atZone(VIETNAM)) + "  " + order.orderId() + "  " + lines
        + "  " + order.total().format() + "  " + order.status();
  }
}
