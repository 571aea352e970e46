package io.github.craftmark.platform.internal.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TikTokAuthorizedShopTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void listFrom_readsCipherAndRegion() throws IOException {
    var shops = TikTokAuthorizedShop.listFrom(
        mapper.readTree(
            "{\"shops\":[{\"id\":"
                + "\"7494049642642441621\",\"name\":\"Gốm Bát Tràng EXAMPLE\",\"region\":\"VN\","
                + "\"seller_type\":\"LOCAL\",\"cipher\":\"ROW_EXAMPLEcipher01\",\"code\":\"VNEXAMPLE\"}]}"));

    assertThat(shops)
        .containsExactly(new TikTokAuthorizedShop(
            "7494049642642441621",
            "Gốm Bát Tràng EXAMPLE",
            "VN",
            "ROW_EXAMPLEcipher01",
            "VNEXAMPLE",
            "LOCAL"));
  }

  @Test
  void listFrom_whenCipherMissing_failsNamingTheShop() throws IOException {
    var data = mapper.readTree("{\"shops\":[{\"id\":\"7494049642642441621\"}]}");

    assertThatThrownBy(() -> TikTokAuthorizedShop.listFrom(data))
        .isInstanceOf(TikTokResponseException.class)
        .hasMessage("authorized shop must have an id and a cipher: 7494049642642441621");
  }

  @Test
  void listFrom_whenShopsIsNotAnArray_fails() throws IOException {
    assertThatThrownBy(() -> TikTokAuthorizedShop.listFrom(mapper.readTree("{}")))
        .isInstanceOf(TikTokResponseException.class)
        .hasMessage("authorized shops response must have a shops array");
  }
}
