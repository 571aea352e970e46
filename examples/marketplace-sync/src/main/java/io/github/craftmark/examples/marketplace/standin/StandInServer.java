package io.github.craftmark.examples.marketplace.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the three platform stand-ins share: a JDK HTTP server on 127.0.0.1 (a free port), a record
 * of every request and whether it was refused, and the HMAC-SHA256 the platforms sign with,
 * computed here with {@code javax.crypto.Mac} rather than with the SDK's signers, so that a
 * signing mistake in the SDK shows up as a refused request.
 *
 * <p>Requests are answered one at a time, in the order they arrive.
 */
public abstract class StandInServer implements AutoCloseable {
  /** Reads and writes the platforms' JSON. */
  protected static final ObjectMapper JSON = new ObjectMapper();

  /** The present, shared with the adapter, for timestamps and token lifetimes. */
  protected final Clock clock;

  private final HttpServer server;
  private final List<Exchange> exchanges = new ArrayList<>();

  static {
    // The JDK server writes the headers and the body of an answer separately; with Nagle's
    // algorithm on, each small answer then waits for the client's delayed ACK (~40 ms).
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /**
   * One request as the stand-in received it, and whether it refused it.
   *
   * @param method the HTTP method
   * @param path the path, without the query
   * @param query the decoded query parameters (the first value of each)
   * @param headers the headers, names in lower case
   * @param body the raw body
   * @param status the HTTP status answered
   * @param refused whether the request was refused for its credentials or signature
   */
  public record Exchange(
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      byte[] body,
      int status,
      boolean refused) {
    /**
     * Returns the body as UTF-8 text.
     *
     * @return the text
     */
    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /**
   * A request to answer.
   *
   * @param method the HTTP method
   * @param path the path, without the query
   * @param query the decoded query parameters
   * @param headers the headers, names in lower case
   * @param body the raw body
   */
  protected record Request(
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      byte[] body) {
    /**
     * Returns a header.
     *
     * @param name the name in lower case
     * @return the value, or "" when absent
     */
    public String header(String name) {
      return headers.getOrDefault(name, "");
    }
  }

  /**
   * An answer.
   *
   * @param status the HTTP status
   * @param body the JSON body
   * @param refused whether the request was refused for its credentials or signature
   */
  protected record Reply(int status, ObjectNode body, boolean refused) {}

  /**
   * Starts the server.
   *
   * @param clock the present
   * @throws IOException when no port can be bound
   */
  protected StandInServer(Clock clock) throws IOException {
    this.clock = clock;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Returns the server's address, {@code http://127.0.0.1:<port>}.
   *
   * @return the base URI
   */
  public URI baseUri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  /**
   * Returns every request received so far.
   *
   * @return the requests, oldest first
   */
  public synchronized List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /**
   * Returns the requests received for one path.
   *
   * @param path the path
   * @return the requests, oldest first
   */
  public synchronized List<Exchange> exchanges(String path) {
    return exchanges.stream().filter(e -> e.path().equals(path)).toList();
  }

  /**
   * Returns how many requests were refused for their credentials or signature.
   *
   * @return the count
   */
  public synchronized long refusedCount() {
    return exchanges.stream().filter(Exchange::refused).count();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /**
   * Answers one request; called with the stand-in's lock held.
   *
   * @param request the request
   * @return the answer
   */
  protected abstract Reply answer(Request request);

  private void handle(HttpExchange http) throws IOException {
    try (http) {
      byte[] body = http.getRequestBody().readAllBytes();
      Map<String, String> headers = new TreeMap<>();
      http.getRequestHeaders()
          .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
      Request request = new Request(
          http.getRequestMethod(),
          http.getRequestURI().getRawPath(),
          form(http.getRequestURI().getRawQuery()),
          headers,
          body);
      Reply reply;
      synchronized (this) {
        try {
          reply = answer(request);
        } catch (RuntimeException e) {
          ObjectNode error = JSON.createObjectNode().put("message", "stand-in failed: " + e);
          reply = new Reply(500, error, false);
        }
        exchanges.add(new Exchange(
            request.method(),
            request.path(),
            request.query(),
            request.headers(),
            body,
            reply.status(),
            reply.refused()));
      }
      byte[] out = JSON.writeValueAsBytes(reply.body());
      http.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      http.sendResponseHeaders(reply.status(), out.length);
      try (OutputStream stream = http.getResponseBody()) {
        stream.write(out);
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Decodes {@code application/x-www-form-urlencoded} text (a query or a form body).
   *
   * @param raw the encoded text, or null
   * @return the parameters in their order; a repeated name keeps its first value
   */
  protected static Map<String, String> form(String raw) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return parameters;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      parameters.putIfAbsent(name, value);
    }
    return parameters;
  }

  /**
   * Computes HMAC-SHA256 with {@code javax.crypto.Mac}.
   *
   * @param key the key, as UTF-8
   * @param message the signed text, as UTF-8
   * @return the MAC in lower-case hex
   */
  protected static String hmacSha256Hex(String key, String message) {
    return hmacSha256Hex(key, message.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Computes HMAC-SHA256 with {@code javax.crypto.Mac} over the parts, one after the other.
   *
   * @param key the key, as UTF-8
   * @param parts the signed bytes
   * @return the MAC in lower-case hex
   */
  protected static String hmacSha256Hex(String key, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }

  /**
   * Compares a received signature with the expected one in constant time.
   *
   * @param expected the expected signature
   * @param received the received one, or null
   * @return whether they are equal
   */
  protected static boolean sameSignature(String expected, String received) {
    return received != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            received.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Tells whether a multipart upload carries a JPEG or PNG file: the content type is {@code
   * multipart/form-data} and the body holds a JPEG ({@code FF D8 FF}) or PNG signature.
   *
   * @param request the upload
   * @return whether it carries an image
   */
  protected static boolean carriesImage(Request request) {
    if (!request.header("content-type").startsWith("multipart/form-data")) {
      return false;
    }
    byte[] body = request.body();
    for (int i = 0; i + 3 < body.length; i++) {
      boolean jpeg =
          (body[i] & 0xff) == 0xff && (body[i + 1] & 0xff) == 0xd8 && (body[i + 2] & 0xff) == 0xff;
      boolean png = (body[i] & 0xff) == 0x89
          && body[i + 1] == 'P'
          && body[i + 2] == 'N'
          && body[i + 3] == 'G';
      if (jpeg || png) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a JSON body.
   *
   * @param body the bytes
   * @return the tree; an empty object for a body that is not JSON
   */
  protected static JsonNode json(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  /**
   * Reads JSON text.
   *
   * @param text the text, or null
   * @return the tree; an empty object for text that is not JSON
   */
  protected static JsonNode json(String text) {
    return json(text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8));
  }

  // ------------------------------------------------------------------ buyers

  /**
   * Something a shop sells, as the platform knows it.
   *
   * @param itemId the platform's listing id
   * @param skuId the platform's SKU id
   * @param sellerSku the seller's SKU
   * @param title the listing title
   * @param price the unit price in đồng
   */
  protected record Offer(String itemId, String skuId, String sellerSku, String title, long price) {}

  /**
   * An order a buyer placed: one or two units of one offer.
   *
   * @param serial the order's number in the shop, from 1
   * @param createdAt when it was placed
   * @param offer what was bought
   * @param quantity how many
   * @param stage how far it has gone, 0..3 (placed, to ship, shipped, completed)
   */
  protected record Placed(int serial, Instant createdAt, Offer offer, int quantity, int stage) {
    /**
     * Returns what the buyer pays.
     *
     * @return the total in đồng
     */
    public long total() {
      return offer.price() * quantity;
    }
  }

  /**
   * Draws a month of buyers: {@code count} orders spread evenly over the period, each of a random
   * offer, the same for the same seed.
   *
   * @param offers what the shop sells
   * @param count how many orders
   * @param from the earliest creation time
   * @param to the latest creation time
   * @param seed the random seed
   * @return the orders, oldest first
   */
  protected static List<Placed> buyers(
      List<Offer> offers, int count, Instant from, Instant to, long seed) {
    List<Placed> placed = new ArrayList<>();
    if (offers.isEmpty()) {
      return placed;
    }
    Random random = new Random(seed);
    long step = Math.max(1, Duration.between(from, to).toSeconds() / count);
    for (int i = 0; i < count; i++) {
      placed.add(new Placed(
          i + 1,
          from.plusSeconds(step * i + random.nextLong(step)),
          offers.get(random.nextInt(offers.size())),
          1 + random.nextInt(2),
          random.nextInt(4)));
    }
    return placed;
  }
}
