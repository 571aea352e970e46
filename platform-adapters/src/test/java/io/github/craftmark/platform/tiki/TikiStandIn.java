package io.github.craftmark.platform.tiki;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.platform.MarketplaceAdapterContractTest.PlatformError;
import io.github.craftmark.platform.MarketplaceAdapterContractTest.PlatformStandIn;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.WebhookRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for the skeleton Tiki API on {@code 127.0.0.1}: it checks the client
 * credentials of every token call and the bearer token of every API call, keeps products, stock and
 * orders of one seller, pages by number, and answers errors in the skeleton's shape.
 */
final class TikiStandIn implements PlatformStandIn {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final String clientId;
  private final String clientSecret;
  private final Clock clock;
  private final AtomicLong requests = new AtomicLong();
  private final Object lock = new Object();
  private final Set<String> issuedTokens = new HashSet<>();
  private final Deque<PlatformError> failures = new ArrayDeque<>();
  private final Map<String, Product> products = new LinkedHashMap<>();
  private final List<Order> orders = new ArrayList<>();
  private long nextId = 1;

  private static final class Product {
    final String id;
    final String name;
    final Map<String, long[]> variants = new LinkedHashMap<>(); // sku → {price, quantity}
    final Map<String, String> skuIds = new LinkedHashMap<>();

    Product(String id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  private record Order(String code, Instant createdAt) {}

  TikiStandIn(String clientId, String clientSecret, Clock clock) throws IOException {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clock = clock;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getPath();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      synchronized (lock) {
        if (path.equals("/sc/oauth2/token")) {
          token(exchange, body);
          return;
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null
            || !auth.startsWith("Bearer ")
            || !issuedTokens.contains(auth.substring(7))) {
          error(exchange, 401, "invalid_token", "the access token is missing or unknown");
          return;
        }
        PlatformError failure = failures.poll();
        if (failure != null) {
          ObjectNode answer = JSON.createObjectNode()
              .put("code", failure.code())
              .put("message", failure.message())
              .put("request_id", failure.requestId());
          send(exchange, failure.httpStatus(), answer);
          return;
        }
        String method = exchange.getRequestMethod();
        if (method.equals("POST") && path.equals("/integration/v2/media/images")) {
          String type = exchange.getRequestHeaders().getFirst("Content-Type");
          String text = new String(body, StandardCharsets.ISO_8859_1);
          if (type == null
              || !type.startsWith("multipart/form-data; boundary=")
              || !text.contains("name=\"file\"; filename=\"")) {
            error(exchange, 400, "invalid_image", "expected a multipart file part named file");
            return;
          }
          send(
              exchange,
              200,
              JSON.createObjectNode()
                  .put("url", "https://salt.tikicdn.example/img/" + nextId++ + ".jpg"));
        } else if (method.equals("POST") && path.equals("/integration/v2/products")) {
          createProduct(exchange, JSON.readTree(body));
        } else if (method.equals("GET") && path.equals("/integration/v2/products")) {
          listProducts(exchange, query);
        } else if (method.equals("PUT") && path.matches("/integration/v2/products/[^/]+/prices")) {
          updatePrices(exchange, path.split("/")[4], JSON.readTree(body));
        } else if (method.equals("PUT") && path.equals("/integration/v2/inventory")) {
          updateInventory(exchange, JSON.readTree(body));
        } else if (method.equals("GET") && path.equals("/integration/v2/orders")) {
          listOrders(exchange, query);
        } else {
          error(exchange, 404, "not_found", method + " " + path);
        }
      }
    }
  }

  private void token(HttpExchange exchange, byte[] body) throws IOException {
    String expected = "Basic "
        + Base64.getEncoder()
            .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    String form = new String(body, StandardCharsets.UTF_8);
    if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
        || !form.equals("grant_type=client_credentials")) {
      error(exchange, 401, "invalid_client", "client authentication failed");
      return;
    }
    String token = "tiki-token-" + nextId++;
    issuedTokens.add(token);
    send(
        exchange,
        200,
        JSON.createObjectNode()
            .put("access_token", token)
            .put("expires_in", 3600)
            .put("token_type", "bearer"));
  }

  private void createProduct(HttpExchange exchange, JsonNode body) throws IOException {
    if (!body.path("category_id").isTextual() || body.path("images").size() == 0) {
      error(exchange, 400, "invalid_product", "category_id and images are required");
      return;
    }
    Product product = new Product("tiki-p-" + nextId++, body.path("name").asText());
    ObjectNode answer =
        JSON.createObjectNode().put("product_id", product.id).put("state", "approved");
    ArrayNode variants = answer.putArray("variants");
    for (JsonNode v : body.path("variants")) {
      String sku = v.path("original_sku").asText();
      String skuId = "tiki-s-" + nextId++;
      product.variants.put(
          sku, new long[] {v.path("price").asLong(), v.path("quantity").asLong()});
      product.skuIds.put(sku, skuId);
      variants.addObject().put("original_sku", sku).put("sku_id", skuId);
    }
    products.put(product.id, product);
    exchange.getResponseHeaders().add("X-Request-Id", "tiki-req-" + nextId++);
    send(exchange, 200, answer);
  }

  private void listProducts(HttpExchange exchange, Map<String, String> query) throws IOException {
    int page = Integer.parseInt(query.getOrDefault("page", "1"));
    int limit = Integer.parseInt(query.getOrDefault("limit", "20"));
    List<Product> all = new ArrayList<>(products.values());
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode data = answer.putArray("data");
    for (int i = (page - 1) * limit; i < Math.min(all.size(), page * limit); i++) {
      Product p = all.get(i);
      ObjectNode node =
          data.addObject().put("product_id", p.id).put("name", p.name).put("active", 1);
      ArrayNode variants = node.putArray("variants");
      p.variants.forEach((sku, state) -> variants
          .addObject()
          .put("original_sku", sku)
          .put("sku_id", p.skuIds.get(sku))
          .put("price", state[0])
          .put("quantity", state[1]));
    }
    paging(answer, page, limit, all.size());
    send(exchange, 200, answer);
  }

  private void updatePrices(HttpExchange exchange, String productId, JsonNode body)
      throws IOException {
    Product product = products.get(productId);
    if (product == null) {
      error(exchange, 404, "product_not_found", "no product " + productId);
      return;
    }
    for (JsonNode price : body.path("prices")) {
      long[] state = product.variants.get(price.path("original_sku").asText());
      if (state == null) {
        error(
            exchange,
            400,
            "sku_not_found",
            "no SKU " + price.path("original_sku").asText());
        return;
      }
    }
    for (JsonNode price : body.path("prices")) {
      product.variants.get(price.path("original_sku").asText())[0] =
          price.path("price").asLong();
    }
    send(exchange, 200, JSON.createObjectNode());
  }

  private void updateInventory(HttpExchange exchange, JsonNode body) throws IOException {
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode results = answer.putArray("results");
    for (JsonNode item : body.path("items")) {
      Product product = products.get(item.path("product_id").asText());
      String sku = item.path("original_sku").asText();
      long[] state = product == null ? null : product.variants.get(sku);
      if (state == null) {
        results
            .addObject()
            .put("original_sku", sku)
            .put("success", false)
            .put("error_code", "sku_not_found")
            .put("message", "no SKU " + sku);
      } else {
        state[1] = item.path("quantity").asLong();
        results.addObject().put("original_sku", sku).put("success", true);
      }
    }
    send(exchange, 200, answer);
  }

  private void listOrders(HttpExchange exchange, Map<String, String> query) throws IOException {
    Instant from = Instant.parse(query.get("created_from_date"));
    int page = Integer.parseInt(query.getOrDefault("page", "1"));
    int limit = Integer.parseInt(query.getOrDefault("limit", "20"));
    List<Order> matching =
        orders.stream().filter(o -> !o.createdAt().isBefore(from)).toList();
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode data = answer.putArray("data");
    for (int i = (page - 1) * limit; i < Math.min(matching.size(), page * limit); i++) {
      Order order = matching.get(i);
      ObjectNode node = data.addObject()
          .put("code", order.code())
          .put("status", "queueing")
          .put("created_at", order.createdAt().toString())
          .put("updated_at", order.createdAt().toString())
          .put("grand_total", 1_250_000);
      node.putArray("items")
          .addObject()
          .put("product_id", "tiki-p-1")
          .put("original_sku", "BT-BHL-25")
          .put("name", "Bình hút lộc men rạn đắp nổi")
          .put("qty", 1)
          .put("price", 1_250_000);
    }
    paging(answer, page, limit, matching.size());
    send(exchange, 200, answer);
  }

  private static void paging(ObjectNode answer, int page, int limit, int total) {
    answer
        .putObject("paging")
        .put("total", total)
        .put("current_page", page)
        .put("per_page", limit)
        .put("last_page", Math.max(1, (total + limit - 1) / limit));
  }

  private void error(HttpExchange exchange, int status, String code, String message)
      throws IOException {
    send(
        exchange,
        status,
        JSON.createObjectNode()
            .put("code", code)
            .put("message", message)
            .put("request_id", "tiki-req-" + nextId++));
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        query.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return query;
  }

  // PlatformStandIn

  @Override
  public long requestCount() {
    return requests.get();
  }

  @Override
  public List<String> addListings(ShopRef shop, int count) {
    synchronized (lock) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Product product = new Product("tiki-p-" + nextId++, "Chén trà men lam " + i);
        product.variants.put("CT-" + i, new long[] {90_000, 5});
        product.skuIds.put("CT-" + i, "tiki-s-" + nextId++);
        products.put(product.id, product);
        ids.add(product.id);
      }
      return ids;
    }
  }

  @Override
  public int listingsPageSize() {
    return 50;
  }

  @Override
  public List<String> addOrders(ShopRef shop, List<Instant> createdAt) {
    synchronized (lock) {
      List<String> codes = new ArrayList<>();
      for (Instant at : createdAt) {
        String code = "T" + (100_000_000 + nextId++);
        orders.add(new Order(code, at));
        codes.add(code);
      }
      return codes;
    }
  }

  @Override
  public int ordersPageSize() {
    return 50;
  }

  @Override
  public Optional<Money> price(ShopRef shop, String listingId, Sku sku) {
    synchronized (lock) {
      Product product = products.get(listingId);
      long[] state = product == null ? null : product.variants.get(sku.value());
      return state == null ? Optional.empty() : Optional.of(Money.ofDong(state[0]));
    }
  }

  @Override
  public OptionalInt stock(ShopRef shop, String listingId, Sku sku) {
    synchronized (lock) {
      Product product = products.get(listingId);
      long[] state = product == null ? null : product.variants.get(sku.value());
      return state == null ? OptionalInt.empty() : OptionalInt.of((int) state[1]);
    }
  }

  @Override
  public void failNext(PlatformError error) {
    synchronized (lock) {
      failures.add(error);
    }
  }

  @Override
  public PlatformError sampleError() {
    return new PlatformError(
        "invalid_price", "price must be a whole number of đồng", "tiki-req-e1", 400);
  }

  @Override
  public PlatformError rateLimitError() {
    return new PlatformError(TikiAdapter.RATE_LIMITED, "slow down", "tiki-req-rl", 429);
  }

  @Override
  public WebhookRequest signedWebhook(ShopRef shop) {
    return webhookSignedWith(shop, clientSecret);
  }

  @Override
  public WebhookRequest webhookSignedWith(ShopRef shop, String secret) {
    byte[] body = ("{\"id\":\"evt-1\",\"type\":\"ORDER_STATUS_UPDATED\",\"seller_id\":\""
            + shop.shopId() + "\",\"order_code\":\"T100000001\",\"created_at\":"
            + clock.instant().getEpochSecond() + "}")
        .getBytes(StandardCharsets.UTF_8);
    String signature = HexFormat.of().formatHex(TikiAdapter.hmac(secret, body));
    return WebhookRequest.ofSingleValued(
        URI.create("https://shop.example.vn/webhooks/tiki"),
        Map.of(TikiAdapter.SIGNATURE_HEADER, signature),
        body);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
