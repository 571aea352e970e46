package io.github.craftmark.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdkHttpTransportTest {
  private HttpServer server;
  private URI base;
  private final Map<String, Object> seen = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/echo", exchange -> {
      seen.put("method", exchange.getRequestMethod());
      seen.put(
          "query",
          exchange.getRequestURI().getRawQuery() == null
              ? ""
              : exchange.getRequestURI().getRawQuery());
      seen.put("headers", Map.copyOf(exchange.getRequestHeaders()));
      byte[] body = exchange.getRequestBody().readAllBytes();
      seen.put("body", body);
      exchange.getResponseHeaders().add("X-Request-Id", "req-42");
      exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/fail", exchange -> {
      byte[] body = "{\"error\":\"error_server\"}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(503, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/moved", exchange -> {
      exchange.getResponseHeaders().add("Location", "/echo");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void send_deliversMethodQueryHeadersAndExactBodyBytes() throws IOException {
    byte[] body = "{\"a\":\"Vạn Phúc\",\"n\":007}".getBytes(StandardCharsets.UTF_8);
    TransportRequest request = TransportRequest.post(
            base.resolve("/echo?sign=00ab&timestamp=1623812664"), "application/json", body)
        .withHeader("x-tts-access-token", "TOKEN")
        .withHeader("Content-Length", "999");

    TransportResponse response = JdkHttpTransport.create().send(request);

    assertThat(seen.get("method")).isEqualTo("POST");
    assertThat(seen.get("query")).isEqualTo("sign=00ab&timestamp=1623812664");
    assertThat((byte[]) seen.get("body")).isEqualTo(body);
    @SuppressWarnings("unchecked")
    Map<String, List<String>> headers = (Map<String, List<String>>) seen.get("headers");
    assertThat(headers.get("X-tts-access-token")).containsExactly("TOKEN");
    assertThat(headers.get("Content-length")).containsExactly(String.valueOf(body.length));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(body);
    assertThat(response.header("x-request-id")).contains("req-42");
  }

  @Test
  void send_returnsAnErrorStatusAsAResponse() throws IOException {
    TransportResponse response =
        JdkHttpTransport.create().send(TransportRequest.get(base.resolve("/fail")));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.bodyText()).isEqualTo("{\"error\":\"error_server\"}");
  }

  @Test
  void send_doesNotFollowRedirects() throws IOException {
    TransportResponse response =
        JdkHttpTransport.create().send(TransportRequest.get(base.resolve("/moved")));

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(seen).doesNotContainKey("method");
  }

  @Test
  void send_whenNothingListens_throwsIOException() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    JdkHttpTransport transport = JdkHttpTransport.builder()
        .connectTimeout(Duration.ofSeconds(5))
        .requestTimeout(Duration.ofSeconds(5))
        .build();

    assertThatThrownBy(() ->
            transport.send(TransportRequest.get(URI.create("http://127.0.0.1:" + port + "/x"))))
        .isInstanceOf(IOException.class);
  }

  @Test
  void builder_rejectsNonPositiveTimeouts() {
    assertThatThrownBy(() -> JdkHttpTransport.builder().requestTimeout(Duration.ZERO))
        .hasMessage("requestTimeout must be positive: PT0S");
    assertThat(JdkHttpTransport.builder().requestTimeout(Duration.ofSeconds(3)).build())
        .hasToString("JdkHttpTransport[timeout PT3S]");
  }
}
