package io.github.craftmark.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.ShopRef;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryTokenStoreTest {
  private static final ShopRef SHOP = ShopRef.of(Marketplace.TIKTOK_SHOP, "7000123");
  private static final AccessToken TOKEN =
      AccessToken.withoutRefresh("SECRET", Instant.parse("2025-03-08T02:00:00Z"));

  @Test
  void load_returnsWhatWasSavedForTheSameShopKey() {
    InMemoryTokenStore store = new InMemoryTokenStore();

    store.save(SHOP, TOKEN);

    assertThat(store.load(SHOP)).contains(TOKEN);
    assertThat(store.load(SHOP.withProperty("shop_cipher", "GCP_x"))).contains(TOKEN);
    assertThat(store.load(ShopRef.of(Marketplace.SHOPEE, "7000123"))).isEmpty();
  }

  @Test
  void remove_forgetsTheShop() {
    InMemoryTokenStore store = new InMemoryTokenStore();
    store.save(SHOP, TOKEN);

    store.remove(SHOP);

    assertThat(store.load(SHOP)).isEmpty();
  }

  @Test
  void toString_countsShopsWithoutShowingTokens() {
    InMemoryTokenStore store = new InMemoryTokenStore();
    store.save(SHOP, TOKEN);

    assertThat(store).hasToString("InMemoryTokenStore[1 shops]");
  }

  @Test
  void save_rejectsNulls() {
    InMemoryTokenStore store = new InMemoryTokenStore();

    assertThatThrownBy(() -> store.save(SHOP, null)).hasMessage("token must not be null: null");
    assertThatThrownBy(() -> store.load(null)).hasMessage("shop must not be null: null");
  }
}
