package io.github.craftmark.platform.tiki;

import io.github.craftmark.platform.MarketplaceAdapterContractTest;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.testing.TestClock;
import java.util.Random;

/** The skeleton Tiki adapter passes the shared contract against its local stand-in. */
class TikiAdapterContractTest extends MarketplaceAdapterContractTest {
  private static final String CLIENT_ID = "7590139168389961"; // EXAMPLE app id
  private static final String CLIENT_SECRET = "EXAMPLE-tiki-client-secret";

  @Override
  protected Fixture createFixture(TestClock clock, RetryPolicy retryPolicy) throws Exception {
    TikiStandIn platform = new TikiStandIn(CLIENT_ID, CLIENT_SECRET, clock);
    TikiAdapter adapter = TikiAdapter.builder()
        .clientId(CLIENT_ID)
        .clientSecret(CLIENT_SECRET)
        .baseUri(platform.baseUri())
        .clock(clock)
        .retryPolicy(retryPolicy)
        .random(new Random(3))
        .build();
    return new Fixture(adapter, platform, ShopRef.of(TikiAdapter.TIKI, "5678"));
  }
}
