package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookRequestTest {
  private static final URI URL = URI.create("https://shop.example.vn/webhooks/shopee?v=2");

  @Test
  void header_ignoresCaseAndBodyIsCopied() {
    byte[] body = "{\"code\":3}".getBytes(StandardCharsets.UTF_8);
    Map<String, List<String>> headers = new HashMap<>();
    headers.put("Authorization", List.of("abc123"));
    headers.put(null, List.of("HTTP/1.1 200 OK"));

    WebhookRequest request = WebhookRequest.of(URL, headers, body);
    body[0] = 'x';

    assertThat(request.header("authorization")).contains("abc123");
    assertThat(request.headers()).containsOnlyKeys("authorization");
    assertThat(request.bodyText()).isEqualTo("{\"code\":3}");
    assertThat(request.url()).isEqualTo(URL);
  }

  @Test
  void toString_showsNeitherHeadersNorBody() {
    WebhookRequest request =
        WebhookRequest.ofSingleValued(URL, Map.of("Authorization", "SIGNATURE"), new byte[12]);

    assertThat(request).hasToString("WebhookRequest[/webhooks/shopee, 12 bytes]");
  }

  @Test
  void of_refusesAnOversizedBody() {
    assertThatThrownBy(
            () -> WebhookRequest.of(URL, Map.of(), new byte[WebhookRequest.MAX_BODY_BYTES + 1]))
        .hasMessage("body must be at most 4194304 bytes: 4194305");
  }
}
