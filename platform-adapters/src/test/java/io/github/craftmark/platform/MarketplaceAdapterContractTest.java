package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Dimensions;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.testing.Samples;
import io.github.craftmark.platform.testing.TestClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link MarketplaceAdapter} must show, run against each adapter pointed at a
 * stand-in for its platform.
 *
 * <p>A subclass implements {@link #createFixture(TestClock, RetryPolicy)}: it starts the platform
 * stand-in (for a real adapter, a local {@code HttpServer} that checks every request's signature
 * the way the platform does), makes the adapter with the given clock and retry policy, and gives
 * the shop to act for, already authorised. Override {@link #goodRequest(Marketplace)} and {@link
 * #goodVariantRequest(Marketplace)} when the platform needs more than the samples carry (e.g.
 * logistics channels).
 */
public abstract class MarketplaceAdapterContractTest {
  /** The platform's side, as the contract test needs to see and steer it. */
  public interface PlatformStandIn extends AutoCloseable {
    /**
     * Returns how many requests reached the platform so far (for an HTTP stand-in, the requests its
     * server received, whatever their outcome).
     *
     * @return the count
     */
    long requestCount();

    /**
     * Adds listings to a shop directly on the platform, as if made in the seller centre.
     *
     * @param shop the shop
     * @param count how many
     * @return their platform ids
     */
    List<String> addListings(ShopRef shop, int count);

    /**
     * Returns how many listings the adapter asks for per page, so the test can span pages.
     *
     * @return the page size
     */
    int listingsPageSize();

    /**
     * Adds orders to a shop, as if buyers placed them.
     *
     * @param shop the shop
     * @param createdAt when each was placed
     * @return their platform ids, in the same order
     */
    List<String> addOrders(ShopRef shop, List<Instant> createdAt);

    /**
     * Returns how many orders the adapter asks for per page, so the test can span pages.
     *
     * @return the page size
     */
    int ordersPageSize();

    /**
     * Returns a SKU's price as the platform holds it.
     *
     * @param shop the shop
     * @param listingId the listing's id
     * @param sku the seller's SKU
     * @return the price, or empty when there is no such SKU
     */
    Optional<Money> price(ShopRef shop, String listingId, Sku sku);

    /**
     * Returns a SKU's stock as the platform holds it.
     *
     * @param shop the shop
     * @param listingId the listing's id
     * @param sku the seller's SKU
     * @return the stock, or empty when there is no such SKU
     */
    OptionalInt stock(ShopRef shop, String listingId, Sku sku);

    /**
     * Makes the next request fail with a platform error in the platform's own shape.
     *
     * @param error the error
     */
    void failNext(PlatformError error);

    /**
     * Returns an error the platform gives for a request that must not be retried (e.g. a bad
     * parameter), with a request id.
     *
     * @return the error
     */
    PlatformError sampleError();

    /**
     * Returns the platform's rate-limit error (HTTP 429 or its own code).
     *
     * @return the error
     */
    PlatformError rateLimitError();

    /**
     * Returns a push as the platform sends it, correctly signed.
     *
     * @param shop the shop it is about
     * @return the push
     */
    WebhookRequest signedWebhook(ShopRef shop);

    /**
     * Returns the same push signed with another secret.
     *
     * @param shop the shop it is about
     * @param secret the wrong secret
     * @return the push
     */
    WebhookRequest webhookSignedWith(ShopRef shop, String secret);

    /** Stops the stand-in. */
    @Override
    void close() throws Exception;
  }

  /**
   * An error as the platform answers it.
   *
   * @param code the platform's error code
   * @param message the platform's message
   * @param requestId the platform's request id
   * @param httpStatus the HTTP status the platform answers with (TikTok Shop: 200)
   */
  public record PlatformError(String code, String message, String requestId, int httpStatus) {}

  /**
   * What a subclass makes for each test.
   *
   * @param adapter the adapter under test
   * @param platform the stand-in it talks to
   * @param shop the authorised shop to act for
   */
  public record Fixture(MarketplaceAdapter adapter, PlatformStandIn platform, ShopRef shop) {}

  /** The test clock; its sleeper is the retry policy's, so waits are recorded, not slept. */
  protected final TestClock clock = new TestClock();

  /** The retry policy the adapter must use: 4 attempts, recorded waits, seeded jitter. */
  protected final RetryPolicy retryPolicy = RetryPolicy.builder()
      .maxAttempts(4)
      .baseDelay(Duration.ofMillis(200))
      .maxDelay(Duration.ofSeconds(5))
      .sleeper(clock.sleeper())
      .random(new Random(20250301))
      .build();

  private Fixture fixture;

  /**
   * Starts the stand-in and makes the adapter.
   *
   * @param clock the clock the adapter must use
   * @param retryPolicy the retry policy the adapter must use
   * @return the fixture
   * @throws Exception when the stand-in cannot start
   */
  protected abstract Fixture createFixture(TestClock clock, RetryPolicy retryPolicy)
      throws Exception;

  /**
   * Returns a request the platform must accept: by default the Bát Tràng vase with two photos and
   * its provenance line.
   *
   * @param marketplace the adapter's marketplace
   * @return the request
   */
  protected ListingRequest goodRequest(Marketplace marketplace) {
    return Samples.vaseRequest(marketplace);
  }

  /**
   * Returns a request with several SKUs the platform must accept: by default the Vạn Phúc scarf
   * (three variants in two tiers) with weight, dimensions, a description and two photos.
   *
   * @param marketplace the adapter's marketplace
   * @return the request
   */
  protected ListingRequest goodVariantRequest(Marketplace marketplace) {
    Product scarf = Samples.silkScarf()
        .descriptionVi("Khăn lụa tơ tằm dệt tay tại làng Vạn Phúc, Hà Đông. Mềm, nhẹ, thoáng.")
        .weightGrams(120)
        .dimensions(Dimensions.ofCm("20", "15", "3"))
        .build();
    return ListingRequest.builder(scarf, Samples.mapping(marketplace))
        .addImage(ListingImage.ofBytes(Samples.JPEG, "image/jpeg"))
        .addImage(ListingImage.ofBytes(Samples.JPEG, "image/jpeg"))
        .provenance(ProvenanceLine.builder().village("Vạn Phúc").build())
        .build();
  }

  @BeforeEach
  final void startStandIn() throws Exception {
    fixture = createFixture(clock, retryPolicy);
  }

  @AfterEach
  final void stopStandIn() throws Exception {
    fixture.platform().close();
  }

  private MarketplaceAdapter adapter() {
    return fixture.adapter();
  }

  private PlatformStandIn platform() {
    return fixture.platform();
  }

  private ShopRef shop() {
    return fixture.shop();
  }

  // Identity and limits

  @Test
  void marketplace_isTheShopsMarketplace() {
    assertThat(adapter().marketplace()).isEqualTo(shop().marketplace());
    assertThat(adapter().capabilities()).isNotNull();
  }

  // Mapping and publishing

  @Test
  void map_acceptsTheGoodRequestWithoutAnyCall() {
    long before = platform().requestCount();

    MappingReport<ListingDraft> report = adapter().map(goodRequest(adapter().marketplace()));

    assertThat(report.errors()).isEmpty();
    assertThat(report.result()).isPresent();
    assertThat(report.result().get().description()).contains("Bát Tràng");
    assertThat(platform().requestCount()).isEqualTo(before);
  }

  @Test
  void publish_listsAGoodProductThatThenShowsInListings() {
    PublishedListing published = adapter().publish(shop(), goodRequest(adapter().marketplace()));

    assertThat(published.shop()).isEqualTo(shop());
    assertThat(published.listingId()).isNotBlank();
    if (published.status() != ListingStatus.IN_REVIEW) {
      // A platform that reviews listings first (Tiki) shows them only once approved.
      assertThat(adapter().listings(shop()))
          .anySatisfy(l -> assertThat(l.listingId()).isEqualTo(published.listingId()));
    }
  }

  @Test
  void publish_refusesABadProductBeforeAnyCall_listingEveryProblem() {
    ListingRequest good = goodRequest(adapter().marketplace());
    ListingRequest bad = good.toBuilder()
        .images(List.of())
        .categoryMapping(CategoryMapping.builder(adapter().marketplace()).build())
        .build();
    long before = platform().requestCount();

    assertThatThrownBy(() -> adapter().publish(shop(), bad))
        .isInstanceOfSatisfying(ListingRejectedException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(ListingRejectedException.LISTING_REJECTED);
          assertThat(e.marketplace()).isEqualTo(adapter().marketplace());
          assertThat(e.problems())
              .extracting(MappingProblem::code)
              .contains(ProblemCode.NO_IMAGE, ProblemCode.MISSING_LEAF_CATEGORY);
        });
    assertThat(adapter().map(bad).errors())
        .extracting(MappingProblem::code)
        .contains(ProblemCode.NO_IMAGE, ProblemCode.MISSING_LEAF_CATEGORY);
    assertThat(platform().requestCount()).isEqualTo(before);
  }

  // Prices and stock

  @Test
  void updatePrice_ofOneSku_reachesThePlatform() {
    PublishedListing published = adapter().publish(shop(), goodRequest(adapter().marketplace()));
    Sku sku = goodRequest(adapter().marketplace()).product().sku();

    adapter().updatePrice(shop(), published.priceUpdate(sku, Money.ofDong(1_390_000)));

    assertThat(platform().price(shop(), published.listingId(), sku))
        .contains(Money.ofDong(1_390_000));
  }

  @Test
  void updatePrice_ofSeveralSkus_reachesThePlatform() {
    ListingRequest request = goodVariantRequest(adapter().marketplace());
    PublishedListing published = adapter().publish(shop(), request);
    Sku first = request.product().variants().get(0).sku();
    Sku last = request.product().variants().get(2).sku();
    PriceUpdate update = new PriceUpdate(
        published.listingId(),
        List.of(
            new PriceUpdate.SkuPrice(first, published.platformSkuId(first), Money.ofDong(370_000)),
            new PriceUpdate.SkuPrice(last, published.platformSkuId(last), Money.ofDong(720_000))));

    adapter().updatePrice(shop(), update);

    assertThat(platform().price(shop(), published.listingId(), first))
        .contains(Money.ofDong(370_000));
    assertThat(platform().price(shop(), published.listingId(), last))
        .contains(Money.ofDong(720_000));
  }

  @Test
  void updateStock_ofOneSku_reachesThePlatform() {
    PublishedListing published = adapter().publish(shop(), goodRequest(adapter().marketplace()));
    Sku sku = goodRequest(adapter().marketplace()).product().sku();

    StockUpdateResult result = adapter().updateStock(shop(), published.stockUpdate(sku, 7));

    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.outcomes())
        .extracting(StockUpdateResult.SkuOutcome::sku)
        .containsExactly(sku);
    assertThat(platform().stock(shop(), published.listingId(), sku)).hasValue(7);
  }

  @Test
  void updateStock_ofABatch_reachesThePlatformWithAnOutcomePerSku() {
    ListingRequest request = goodVariantRequest(adapter().marketplace());
    PublishedListing published = adapter().publish(shop(), request);
    List<StockUpdate> updates = new ArrayList<>();
    Map<Sku, Integer> wanted = new LinkedHashMap<>();
    int level = 3;
    for (var variant : request.product().variants()) {
      updates.add(published.stockUpdate(variant.sku(), level));
      wanted.put(variant.sku(), level);
      level += 4;
    }

    StockUpdateResult result = adapter().updateStock(shop(), updates);

    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.outcomes())
        .extracting(StockUpdateResult.SkuOutcome::sku)
        .containsExactlyElementsOf(wanted.keySet());
    wanted.forEach((sku, stock) ->
        assertThat(platform().stock(shop(), published.listingId(), sku)).hasValue(stock));
  }

  @Test
  void updateStock_whenASkuRepeatsOrTheListIsNull_isRefusedBeforeAnyCall() {
    PublishedListing published = adapter().publish(shop(), goodRequest(adapter().marketplace()));
    Sku sku = goodRequest(adapter().marketplace()).product().sku();
    List<StockUpdate> twice = List.of(published.stockUpdate(sku, 7), published.stockUpdate(sku, 8));
    long before = platform().requestCount();

    assertThatThrownBy(() -> adapter().updateStock(shop(), twice))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("updates[1].sku must not repeat another update's SKU: " + sku.value());
    assertThatThrownBy(() -> adapter().updateStock(shop(), (List<StockUpdate>) null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("updates must not be null: null");
    assertThat(platform().requestCount()).isEqualTo(before);
  }

  // Paging

  @Test
  void listings_pagesLazilyThroughEveryListing() {
    int count = 2 * platform().listingsPageSize() + 3;
    List<String> ids = platform().addListings(shop(), count);
    long before = platform().requestCount();

    Stream<Listing> stream = adapter().listings(shop());
    assertThat(platform().requestCount())
        .as("no call before the stream is used")
        .isEqualTo(before);
    List<String> seen = stream.map(Listing::listingId).toList();

    assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(new HashSet<>(seen)).hasSize(count);
    assertThat(platform().requestCount() - before)
        .as("one call per page at least")
        .isGreaterThan(2);
  }

  @Test
  void listings_fetchesNoMorePagesThanNeeded() {
    platform().addListings(shop(), 3 * platform().listingsPageSize());
    long before = platform().requestCount();
    adapter().listings(shop()).limit(1).toList();
    long forOne = platform().requestCount() - before;

    before = platform().requestCount();
    adapter().listings(shop()).toList();
    long forAll = platform().requestCount() - before;

    assertThat(forOne).isPositive().isLessThan(forAll);
  }

  @Test
  void ordersSince_pagesThroughEveryOrderFromThatInstant_acrossLongSpans() {
    int count = 2 * platform().ordersPageSize() + 5;
    Instant first = clock.instant().minus(Duration.ofDays(45));
    List<Instant> created = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      created.add(first.plus(Duration.ofMinutes(40L * 24 * 60 * i / count)));
    }
    List<String> ids = platform().addOrders(shop(), created);
    Instant since = first.plus(Duration.ofDays(4));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (!created.get(i).isBefore(since)) {
        expected.add(ids.get(i));
      }
    }
    long before = platform().requestCount();

    Stream<MarketplaceOrder> stream = adapter().ordersSince(shop(), since);
    assertThat(platform().requestCount())
        .as("no call before the stream is used")
        .isEqualTo(before);
    List<MarketplaceOrder> orders = stream.toList();

    assertThat(orders)
        .extracting(MarketplaceOrder::orderId)
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(orders).allSatisfy(o -> assertThat(o.createdAt()).isAfterOrEqualTo(since));
    assertThat(orders)
        .allSatisfy(o -> assertThat(o.shop().key()).isEqualTo(shop().key()));
  }

  // Webhooks

  @Test
  void verifyWebhook_acceptsAGenuinePush() {
    WebhookVerification verdict = adapter().verifyWebhook(platform().signedWebhook(shop()));

    assertThat(verdict).isInstanceOf(WebhookVerification.Verified.class);
    WebhookEvent event = verdict.verifiedEvent().orElseThrow();
    assertThat(event.marketplace()).isEqualTo(adapter().marketplace());
    assertThat(event.json()).isNotBlank();
  }

  @Test
  void verifyWebhook_rejectsATamperedBody() {
    WebhookRequest genuine = platform().signedWebhook(shop());
    byte[] body = tamper(genuine.body());

    WebhookVerification verdict =
        adapter().verifyWebhook(WebhookRequest.of(genuine.url(), genuine.headers(), body));

    assertThat(verdict).isInstanceOf(WebhookVerification.Rejected.class);
    assertThat(verdict.verifiedEvent()).isEmpty();
  }

  /**
   * Changes one character so that the body stays well-formed JSON: the last digit becomes another
   * digit, or else a letter changes case. A check that only parses would accept the result.
   */
  private static byte[] tamper(byte[] body) {
    for (int i = body.length - 1; i >= 0; i--) {
      if (body[i] >= '0' && body[i] <= '9') {
        body[i] = (byte) ('0' + (body[i] - '0' + 1) % 10);
        return body;
      }
    }
    for (int i = 0; i < body.length; i++) {
      if (Character.isLetter(body[i])) {
        body[i] ^= 0x20;
        return body;
      }
    }
    throw new AssertionError("the sample push has neither digits nor letters");
  }

  @Test
  void verifyWebhook_rejectsAPushSignedWithAnotherSecret() {
    WebhookVerification verdict =
        adapter().verifyWebhook(platform().webhookSignedWith(shop(), "not-the-app-secret"));

    assertThat(verdict).isInstanceOf(WebhookVerification.Rejected.class);
  }

  @Test
  void verifyWebhook_rejectsAPushWithoutHeaders() {
    WebhookRequest genuine = platform().signedWebhook(shop());

    WebhookVerification verdict =
        adapter().verifyWebhook(WebhookRequest.of(genuine.url(), Map.of(), genuine.body()));

    assertThat(verdict).isInstanceOf(WebhookVerification.Rejected.class);
  }

  @Test
  void verifyWebhook_neverThrowsOnMutatedInput() {
    WebhookRequest genuine = platform().signedWebhook(shop());
    Random random = new Random(77);
    Set<Class<?>> verdicts = new HashSet<>();
    for (int round = 0; round < 300; round++) {
      byte[] body = genuine.body();
      int edits = 1 + random.nextInt(4);
      for (int i = 0; i < edits && body.length > 0; i++) {
        body[random.nextInt(body.length)] = (byte) random.nextInt(256);
      }
      if (random.nextInt(5) == 0) {
        body = java.util.Arrays.copyOf(body, random.nextInt(body.length + 1));
      }
      Map<String, List<String>> headers = new LinkedHashMap<>(genuine.headers());
      if (random.nextInt(4) == 0) {
        headers.replaceAll((name, values) -> List.of(Integer.toHexString(random.nextInt())));
      }
      URI url = random.nextInt(6) == 0 ? URI.create(genuine.url() + "?x=1") : genuine.url();
      WebhookRequest mutated = WebhookRequest.of(url, headers, body);

      assertThatCode(() -> verdicts.add(adapter().verifyWebhook(mutated).getClass()))
          .doesNotThrowAnyException();
    }
    assertThat(verdicts).contains(WebhookVerification.Rejected.class);
  }

  // Errors and retries

  @Test
  void errors_becomePlatformExceptionWithCodeMessageAndRequestId() {
    PublishedListing published = adapter().publish(shop(), goodRequest(adapter().marketplace()));
    Sku sku = goodRequest(adapter().marketplace()).product().sku();
    PlatformError error = platform().sampleError();
    platform().failNext(error);

    assertThatThrownBy(() ->
            adapter().updatePrice(shop(), published.priceUpdate(sku, Money.ofDong(1_300_000))))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.marketplace()).isEqualTo(adapter().marketplace());
          assertThat(e.errorCode()).isEqualTo(error.code());
          assertThat(e.platformMessage()).contains(error.message());
          assertThat(e.requestId()).contains(error.requestId());
          assertThat(e.httpStatus()).isEqualTo(error.httpStatus());
          assertThat(e.isRetryable()).isFalse();
        });
    assertThat(clock.sleeps()).as("a refused call is not retried").isEmpty();
  }

  @Test
  void rateLimits_areRetriedWithBackOffForIdempotentCalls() {
    PublishedListing published = adapter().publish(shop(), goodRequest(adapter().marketplace()));
    Sku sku = goodRequest(adapter().marketplace()).product().sku();
    platform().failNext(platform().rateLimitError());
    platform().failNext(platform().rateLimitError());

    StockUpdateResult result = adapter().updateStock(shop(), published.stockUpdate(sku, 4));

    assertThat(result.allSucceeded()).isTrue();
    assertThat(platform().stock(shop(), published.listingId(), sku)).hasValue(4);
    assertThat(clock.sleeps()).hasSize(2);
  }

  @Test
  void rateLimits_beyondTheAttempts_surfaceAsARetryablePlatformException() {
    PublishedListing published = adapter().publish(shop(), goodRequest(adapter().marketplace()));
    Sku sku = goodRequest(adapter().marketplace()).product().sku();
    for (int i = 0; i < retryPolicy.maxAttempts(); i++) {
      platform().failNext(platform().rateLimitError());
    }

    assertThatThrownBy(() -> adapter().updateStock(shop(), published.stockUpdate(sku, 4)))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(platform().rateLimitError().code());
          assertThat(retryPolicy.isRetryable(e) || e.isRetryable()).isTrue();
        });
    assertThat(clock.sleeps()).hasSize(retryPolicy.maxAttempts() - 1);
  }
}
