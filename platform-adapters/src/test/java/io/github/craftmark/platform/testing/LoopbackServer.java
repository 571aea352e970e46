package io.github.craftmark.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP side every platform stand-in shares: the JDK's {@link HttpServer} on 127.0.0.1 with a
 * free port, each request read whole and handed to the stand-in, its answer written back.
 */
public final class LoopbackServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor;

  /**
   * A request as received.
   *
   * @param method the HTTP method
   * @param uri the request URI as sent: raw path and raw query
   * @param headers the headers by lower-case name, first value only
   * @param body the body bytes exactly as sent
   */
  public record Request(String method, URI uri, Map<String, String> headers, byte[] body) {
    /**
     * Returns the raw (undecoded) path.
     *
     * @return the path
     */
    public String rawPath() {
      return uri.getRawPath();
    }

    /**
     * Returns the query parameters, decoded; a repeated name keeps its last value.
     *
     * @return name → value, in order
     */
    public Map<String, String> query() {
      return decodeForm(uri.getRawQuery());
    }

    /**
     * Returns a header.
     *
     * @param name its name, in any case
     * @return its first value, or empty
     */
    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
  }

  /**
   * An answer to send.
   *
   * @param status the HTTP status
   * @param contentType the {@code Content-Type}
   * @param body the body bytes
   */
  public record Response(int status, String contentType, byte[] body) {
    /**
     * Returns a JSON answer.
     *
     * @param status the HTTP status
     * @param body the document
     * @return the answer
     */
    public static Response json(int status, JsonNode body) {
      try {
        return new Response(
            status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** What a stand-in does with a request. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Answers a request.
     *
     * @param request the request
     * @return the answer
     * @throws IOException when the stand-in cannot answer
     */
    Response handle(Request request) throws IOException;
  }

  private LoopbackServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts a server that hands every request under {@code /} to the handler.
   *
   * @param handler the stand-in
   * @return the running server
   * @throws IOException when no port can be opened
   */
  public static LoopbackServer start(Handler handler) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor = Executors.newFixedThreadPool(8);
    server.createContext("/", exchange -> exchange(exchange, handler));
    server.setExecutor(executor);
    server.start();
    return new LoopbackServer(server, executor);
  }

  private static void exchange(HttpExchange exchange, Handler handler) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, String> headers = new TreeMap<>();
      exchange
          .getRequestHeaders()
          .forEach((name, values) ->
              headers.put(name.toLowerCase(Locale.ROOT), values.isEmpty() ? "" : values.get(0)));
      Response response = handler.handle(new Request(
          exchange.getRequestMethod(), exchange.getRequestURI(), Map.copyOf(headers), body));
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      exchange.sendResponseHeaders(response.status(), response.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    }
  }

  /**
   * Returns the server's origin, {@code http://127.0.0.1:<port>}.
   *
   * @return the URI
   */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Stops the server and its threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /**
   * Decodes a query string or an {@code application/x-www-form-urlencoded} body; a repeated name
   * keeps its last value.
   *
   * @param raw the encoded text, or null
   * @return name → value, in order
   */
  public static Map<String, String> decodeForm(String raw) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> entry : decodeFormAll(raw).entrySet()) {
      values.put(entry.getKey(), entry.getValue().get(entry.getValue().size() - 1));
    }
    return values;
  }

  /**
   * Decodes a query string or form body, keeping every value of a repeated name.
   *
   * @param raw the encoded text, or null
   * @return name → values, in order
   */
  public static Map<String, List<String>> decodeFormAll(String raw) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return values;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return values;
  }
}
