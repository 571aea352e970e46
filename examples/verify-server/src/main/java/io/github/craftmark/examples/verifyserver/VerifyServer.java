package io.github.craftmark.examples.verifyserver;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.craftmark.core.address.Provinces;
import io.github.craftmark.core.brand.VillageBrand;
import io.github.craftmark.core.ocop.OcopCertificate;
import io.github.craftmark.core.producer.Producer;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.village.CraftVillage;
import io.github.craftmark.provenance.ledger.ClaimOutcome;
import io.github.craftmark.provenance.ledger.CopyDetectionPolicy;
import io.github.craftmark.provenance.ledger.ScanContext;
import io.github.craftmark.provenance.ledger.ScanHistory;
import io.github.craftmark.provenance.ledger.ScanLedger;
import io.github.craftmark.provenance.ledger.ScanPlace;
import io.github.craftmark.provenance.ledger.ScanVerdict;
import io.github.craftmark.provenance.ledger.ScanVerifier;
import io.github.craftmark.provenance.tag.TagPrefix;
import io.github.craftmark.provenance.tag.TagVerdict;
import io.github.craftmark.provenance.tag.TagVerifier;
import io.github.craftmark.provenance.tag.VerifiedTag;
import io.github.craftmark.provenance.trust.TrustStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The page a shopper's phone opens from a tag's QR code, on the JDK's HTTP server.
 *
 * <p>A tag's text is {@code HTTPS://<HOST>/<PATH>/<profile digit><digits>}; the server answers
 * {@code GET /<PATH>/<digits>} (the path in any letter case), rebuilds the tag's text with its own
 * prefix, verifies it through a {@link ScanVerifier} that records the scan in the ledger, and shows
 * the verdict with the product from the {@link ProductDirectory}: in Vietnamese, or in English with
 * {@code ?lang=en}. {@code POST} to the same path with the form field {@code code} claims the item.
 * With {@code Accept: application/json} both answer the same verdict as JSON.
 *
 * <pre>{@code
 * try (VerifyServer server = VerifyServer.builder()
 *     .prefix(TagPrefix.of("HTTPS://BATTRANG.VN/T/"))
 *     .trustStore(trustStore)
 *     .ledger(ledger)
 *     .directory(directory)
 *     .build()
 *     .start()) {
 *   System.out.println(server.pageUri(tag.text()));
 * }
 * }</pre>
 *
 * <p>The server never closes the ledger it is given: its owner does, after {@link #close()}.
 */
public final class VerifyServer implements AutoCloseable {
  /** The largest request body read, in bytes: a claim form is far smaller. */
  public static final int MAX_BODY_BYTES = 4096;

  /** The longest request path and query, in characters: the longest tag's digits fit. */
  public static final int MAX_TARGET_LENGTH = 2048;

  /** How many of a serial's newest scans the page reads from the ledger. */
  static final int HISTORY_LIMIT = 100;

  private static final System.Logger LOG = System.getLogger(VerifyServer.class.getName());
  private static final Pattern TAG_DIGITS = Pattern.compile("[0-9]{1,1100}");
  private static final Pattern ENGLISH = Pattern.compile("(^|&)lang=en(&|$)");
  private static final Pattern CODE_SEPARATORS = Pattern.compile("[\\s\\-]+");

  private final TagPrefix prefix;
  private final String tagPath;
  private final TagVerifier tagVerifier;
  private final ScanVerifier scanVerifier;
  private final ScanLedger ledger;
  private final ProductDirectory directory;
  private final Clock clock;
  private final InetSocketAddress bind;
  private final int threads;
  private volatile HttpServer server;
  private ExecutorService executor;

  private VerifyServer(Builder b) {
    this.prefix = require("prefix", b.prefix);
    this.ledger = require("ledger", b.ledger);
    this.directory = require("directory", b.directory);
    this.clock = require("clock", b.clock);
    this.bind = require("bind", b.bind);
    this.threads = b.threads;
    String value = prefix.value();
    this.tagPath = value.substring(value.indexOf('/', "HTTPS://".length()));
    this.tagVerifier = TagVerifier.builder()
        .trustStore(require("trustStore", b.trustStore))
        .clock(clock)
        .acceptedPrefixes(List.of(prefix))
        .build();
    this.scanVerifier = ScanVerifier.builder()
        .tagVerifier(tagVerifier)
        .ledger(ledger)
        .policy(require("policy", b.policy))
        .clock(clock)
        .build();
  }

  private static <T> T require(String setting, T value) {
    if (value == null) {
      throw new IllegalStateException("VerifyServer needs " + setting + "; it is not set");
    }
    return value;
  }

  /**
   * Starts a server's settings.
   *
   * @return a builder binding to 127.0.0.1 on a free port, with the system clock and the default
   *     copy-detection policy
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds the port and starts answering.
   *
   * @return this server
   * @throws UncheckedIOException when the address cannot be bound
   * @throws IllegalStateException when the server was started before
   */
  public synchronized VerifyServer start() {
    if (server != null) {
      throw new IllegalStateException("the server was started already");
    }
    try {
      server = HttpServer.create(bind, 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + bind, e);
    }
    AtomicInteger count = new AtomicInteger();
    executor = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "verify-server-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    LOG.log(System.Logger.Level.INFO, "verify server listening on {0}", uri());
    return this;
  }

  /**
   * Returns the address the server answers at.
   *
   * @return e.g. {@code http://127.0.0.1:8080/}
   * @throws IllegalStateException when the server is not started
   */
  public URI uri() {
    HttpServer running = server;
    if (running == null) {
      throw new IllegalStateException("the server is not started");
    }
    InetSocketAddress address = running.getAddress();
    String host = address.getAddress().getHostAddress();
    if (host.indexOf(':') >= 0) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + address.getPort() + "/");
  }

  /**
   * Returns this server's page for a tag: the tag's path and digits on {@link #uri()}, so a tag
   * printed for {@code HTTPS://BATTRANG.VN/T/} can be opened on a server that runs elsewhere.
   *
   * @param tagText the tag's text, starting with this server's prefix (in any letter case)
   * @return the page's address
   * @throws IllegalArgumentException when the text does not start with the prefix
   */
  public URI pageUri(String tagText) {
    Objects.requireNonNull(tagText, "tagText");
    String value = prefix.value();
    if (tagText.length() <= value.length()
        || !tagText.regionMatches(true, 0, value, 0, value.length())) {
      throw new IllegalArgumentException(
          "the tag does not start with this server's prefix " + value);
    }
    return uri().resolve(tagPath.substring(1) + tagText.substring(value.length()));
  }

  /**
   * Returns the prefix of the tags this server verifies.
   *
   * @return the prefix
   */
  public TagPrefix prefix() {
    return prefix;
  }

  /** Stops answering at once; the ledger stays open. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Requests

  private void handle(HttpExchange exchange) {
    String rawQuery = exchange.getRequestURI().getRawQuery();
    Lang lang = rawQuery != null && ENGLISH.matcher(rawQuery).find() ? Lang.EN : Lang.VI;
    try {
      try {
        route(exchange);
      } catch (BadRequest bad) {
        // What is left of a refused request is not read: the connection ends with the answer.
        exchange.getResponseHeaders().set("Connection", "close");
        send(exchange, bad.status, bad.page(lang), Optional.ofNullable(bad.allow));
      }
    } catch (RuntimeException | IOException e) {
      // Never the request's data or a stack trace: the class says enough to look into it.
      LOG.log(System.Logger.Level.WARNING, "request failed: {0}", e.getClass().getName());
      try {
        send(
            exchange,
            500,
            Pages.errorPage(
                lang,
                500,
                "Lỗi máy chủ",
                "Server error",
                "Máy chủ gặp lỗi khi xử lý yêu cầu này. Vui lòng thử lại sau.",
                "The server failed to answer this request. Please try again later."),
            Optional.empty());
      } catch (IOException | RuntimeException ignored) {
        // The response was under way already; closing the exchange below ends it.
      }
    } finally {
      exchange.close();
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    URI target = exchange.getRequestURI();
    String path = target.getRawPath() == null ? "" : target.getRawPath();
    String rawQuery = target.getRawQuery();
    if (path.length() + (rawQuery == null ? 0 : rawQuery.length()) > MAX_TARGET_LENGTH) {
      throw new BadRequest(
          414,
          null,
          "Địa chỉ quá dài",
          "Address too long",
          "Địa chỉ này dài hơn mọi địa chỉ tem hợp lệ.",
          "This address is longer than any tag's.");
    }
    Map<String, String> query = parseForm(rawQuery);
    Lang lang = Lang.fromParameter(query.get("lang"));
    String method = exchange.getRequestMethod();
    if (path.equals("/")) {
      if (!method.equals("GET")) {
        throw notAllowed("GET");
      }
      send(exchange, 200, Pages.homePage(lang, prefix.value()), Optional.empty());
      return;
    }
    if (path.length() <= tagPath.length()
        || !path.regionMatches(true, 0, tagPath, 0, tagPath.length())
        || !TAG_DIGITS.matcher(path.substring(tagPath.length())).matches()) {
      throw new BadRequest(
          404,
          null,
          "Không có trang này",
          "No such page",
          "Địa chỉ này không phải địa chỉ của một tem. Hãy quét lại mã QR trên tem.",
          "This address is not a tag's. Scan the QR code on the tag again.");
    }
    String tagText = prefix.value() + path.substring(tagPath.length());
    boolean json = wantsJson(exchange.getRequestHeaders());
    switch (method) {
      case "GET" -> view(exchange, tagText, path, lang, query, json);
      case "POST" -> claim(exchange, tagText, path, lang, query, json);
      default -> throw notAllowed("GET, POST");
    }
  }

  private void view(
      HttpExchange exchange,
      String tagText,
      String path,
      Lang lang,
      Map<String, String> query,
      boolean json)
      throws IOException {
    Optional<String> province = province(query);
    ScanVerdict verdict = scanVerifier.verify(tagText, context(exchange, province));
    TagReport report =
        report(tagText, verdict.tagVerdict(), Optional.of(verdict), Optional.empty());
    respond(exchange, 200, report, lang, path, province, json);
  }

  private void claim(
      HttpExchange exchange,
      String tagText,
      String path,
      Lang lang,
      Map<String, String> query,
      boolean json)
      throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type == null
        || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      throw new BadRequest(
          415,
          null,
          "Sai kiểu dữ liệu",
          "Unsupported form",
          "Hãy gửi mã xác nhận bằng biểu mẫu trên trang.",
          "Send the claim code with the form on the page.");
    }
    Map<String, String> form = parseForm(readBody(exchange));
    String code = form.get("code");
    if (code == null) {
      throw new BadRequest(
          400,
          null,
          "Thiếu mã xác nhận",
          "No claim code",
          "Biểu mẫu không có mã xác nhận.",
          "The form carries no claim code.");
    }
    Map<String, String> where = new HashMap<>(query);
    form.entrySet().stream()
        .filter(e -> e.getKey().equals("province"))
        .forEach(e -> where.put(e.getKey(), e.getValue()));
    Optional<String> province = province(where);
    ClaimOutcome outcome = scanVerifier.claim(
        tagText, normaliseClaimCode(code), Optional.empty(), context(exchange, province));
    // The claim was recorded as a scan already: the page verifies again without recording.
    TagReport report =
        report(tagText, tagVerifier.verify(tagText), Optional.empty(), Optional.of(outcome));
    int status = outcome instanceof ClaimOutcome.InvalidRequest
        ? 400
        : outcome instanceof ClaimOutcome.Throttled
            ? 429
            : outcome instanceof ClaimOutcome.LedgerUnavailable ? 503 : 200;
    if (outcome instanceof ClaimOutcome.Throttled throttled) {
      long seconds =
          Math.max(1, Duration.between(clock.instant(), throttled.retryAfter()).toSeconds());
      exchange.getResponseHeaders().set("Retry-After", Long.toString(seconds));
    }
    respond(exchange, status, report, lang, path, province, json);
  }

  /**
   * The claim code as issued: what people type, without spaces or hyphens, in upper case. Codes
   * are printed in groups ({@code 7KQ3-M9XD-2HVB}) but committed to without separators.
   */
  static String normaliseClaimCode(String typed) {
    String code = CODE_SEPARATORS
        .matcher(Normalizer.normalize(typed, Normalizer.Form.NFC))
        .replaceAll("")
        .toUpperCase(Locale.ROOT);
    return code.isEmpty() ? typed : code;
  }

  private void respond(
      HttpExchange exchange,
      int status,
      TagReport report,
      Lang lang,
      String path,
      Optional<String> province,
      boolean json)
      throws IOException {
    if (json) {
      sendJson(exchange, status, VerdictJson.of(report));
    } else {
      send(exchange, status, Pages.tagPage(report, lang, path, province), Optional.empty());
    }
  }

  private TagReport report(
      String tagText,
      TagVerdict tagVerdict,
      Optional<ScanVerdict> scan,
      Optional<ClaimOutcome> claim) {
    LocalDate today = LocalDate.now(clock.withZone(Pages.ZONE));
    Optional<VerifiedTag> verified = tagVerdict.verifiedTag();
    if (verified.isEmpty()) {
      return new TagReport(
          tagText,
          tagVerdict,
          scan,
          claim,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          today,
          Optional.empty());
    }
    VerifiedTag tag = verified.get();
    Optional<Product> product = lookup(() -> directory.product(tag.claims().product()));
    Optional<Producer> producer = lookup(() -> directory.producer(tag.member().producer()));
    Optional<CraftVillage> village =
        product.flatMap(p -> p.village()).flatMap(id -> lookup(() -> directory.village(id)));
    Optional<VillageBrand> brand = lookup(() -> directory.brand(tag.brand().brandId()));
    // The signed number first; the catalogue's only when the tag names none.
    Optional<String> number =
        tag.claims().ocopCertificate().or(() -> product.flatMap(Product::ocopCertificate));
    Optional<OcopCertificate> certificate =
        number.flatMap(n -> lookup(() -> directory.certificate(n)));
    Optional<ScanHistory> history;
    try {
      history = Optional.of(ledger.history(tag.claims().serial(), HISTORY_LIMIT));
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "cannot read the scan history: {0}",
          e.getClass().getName());
      history = Optional.empty();
    }
    return new TagReport(
        tagText,
        tagVerdict,
        scan,
        claim,
        product,
        producer,
        village,
        brand,
        certificate,
        number,
        today,
        history);
  }

  /** A directory that fails shows less, never an error page: the verdict matters most. */
  private static <T> Optional<T> lookup(Supplier<Optional<T>> lookup) {
    try {
      Optional<T> found = lookup.get();
      return found == null ? Optional.empty() : found;
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "directory lookup failed: {0}",
          e.getClass().getName());
      return Optional.empty();
    }
  }

  /**
   * Where the scan happened: the province the visitor gave, if any, and the client's address as
   * the device id (the ledger keeps only a salted hash of it).
   */
  private static ScanContext context(HttpExchange exchange, Optional<String> province) {
    ScanPlace place =
        province.map(ScanPlace::province).orElse(ScanContext.none().place());
    InetAddress client = exchange.getRemoteAddress().getAddress();
    ScanContext context = ScanContext.at(place);
    return client == null ? context : context.withDevice(client.getHostAddress());
  }

  private static Optional<String> province(Map<String, String> parameters) {
    String code = parameters.get("province");
    if (code == null || code.isEmpty()) {
      return Optional.empty();
    }
    if (code.length() != 2 || Provinces.standard().byCode(code).isEmpty()) {
      throw new BadRequest(
          400,
          null,
          "Tỉnh/thành không hợp lệ",
          "Unknown province",
          "Hãy chọn tỉnh/thành trong danh sách.",
          "Pick the province from the list.");
    }
    return Optional.of(code);
  }

  private static boolean wantsJson(Headers headers) {
    String accept = headers.getFirst("Accept");
    if (accept == null) {
      return false;
    }
    String lower = accept.toLowerCase(Locale.ROOT);
    return lower.contains("application/json") && !lower.contains("text/html");
  }

  private static String readBody(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.strip()) > MAX_BODY_BYTES) {
          throw tooLarge();
        }
      } catch (NumberFormatException e) {
        throw new BadRequest(
            400,
            null,
            "Yêu cầu không hợp lệ",
            "Bad request",
            "Độ dài nội dung không hợp lệ.",
            "The content length is not a number.");
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw tooLarge();
      }
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private static BadRequest tooLarge() {
    return new BadRequest(
        413,
        null,
        "Nội dung quá lớn",
        "Request too large",
        "Biểu mẫu gửi lên lớn hơn mức cho phép.",
        "The form sent is larger than allowed.");
  }

  /** Reads {@code a=1&b=2} (a query or a form); a parameter given twice keeps its first value. */
  private static Map<String, String> parseForm(String encoded) {
    Map<String, String> values = new HashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        values.putIfAbsent(name, value);
      } catch (IllegalArgumentException e) {
        throw new BadRequest(
            400,
            null,
            "Yêu cầu không hợp lệ",
            "Bad request",
            "Tham số trong yêu cầu không đọc được.",
            "The request's parameters cannot be read.");
      }
    }
    return values;
  }

  private static BadRequest notAllowed(String allow) {
    return new BadRequest(
        405,
        allow,
        "Không hỗ trợ thao tác này",
        "Method not allowed",
        "Trang này chỉ cho phép: " + allow + ".",
        "This page allows only: " + allow + ".");
  }

  private static void securityHeaders(Headers headers, String contentSecurityPolicy) {
    headers.set("Content-Security-Policy", contentSecurityPolicy);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    // The address holds the tag: no other site learns it from a link on the page.
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cache-Control", "no-store");
    headers.set("Cross-Origin-Resource-Policy", "same-origin");
  }

  private static void send(HttpExchange exchange, int status, String html, Optional<String> allow)
      throws IOException {
    Headers headers = exchange.getResponseHeaders();
    securityHeaders(headers, Pages.CONTENT_SECURITY_POLICY);
    headers.set("Content-Type", "text/html; charset=utf-8");
    allow.ifPresent(methods -> headers.set("Allow", methods));
    write(exchange, status, html);
  }

  private static void sendJson(HttpExchange exchange, int status, String json) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    securityHeaders(headers, "default-src 'none'; frame-ancestors 'none'");
    headers.set("Content-Type", "application/json; charset=utf-8");
    write(exchange, status, json);
  }

  private static void write(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** A request refused with a 4xx page; its texts are ours, never the request's. */
  private static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String allow;
    final String titleVi;
    final String titleEn;
    final String whyVi;
    final String whyEn;

    BadRequest(
        int status, String allow, String titleVi, String titleEn, String whyVi, String whyEn) {
      super(titleEn, null, false, false);
      this.status = status;
      this.allow = allow;
      this.titleVi = titleVi;
      this.titleEn = titleEn;
      this.whyVi = whyVi;
      this.whyEn = whyEn;
    }

    String page(Lang lang) {
      return Pages.errorPage(lang, status, titleVi, titleEn, whyVi, whyEn);
    }
  }

  /** Builds a {@link VerifyServer}; {@link #build()} fails naming a missing setting. */
  public static final class Builder {
    private TagPrefix prefix;
    private TrustStore trustStore;
    private ScanLedger ledger;
    private ProductDirectory directory;
    private Clock clock = Clock.systemUTC();
    private InetSocketAddress bind = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private CopyDetectionPolicy policy = CopyDetectionPolicy.defaults();
    private int threads = 8;

    private Builder() {}

    /**
     * Sets the prefix of the tags to verify (required): its path is where the server answers.
     *
     * @param prefix e.g. {@code HTTPS://BATTRANG.VN/T/}, served at {@code /T/…} and {@code /t/…}
     * @return this builder
     */
    public Builder prefix(TagPrefix prefix) {
      this.prefix = prefix;
      return this;
    }

    /**
     * Sets the trust store with the village authorities' roots and trust lists (required).
     *
     * @param trustStore the trust store; later updates to it apply at once
     * @return this builder
     */
    public Builder trustStore(TrustStore trustStore) {
      this.trustStore = trustStore;
      return this;
    }

    /**
     * Sets the scan ledger that records scans and claims (required); the server does not close it.
     *
     * @param ledger e.g. {@code H2Ledgers.inDirectory(dataDir)}
     * @return this builder
     */
    public Builder ledger(ScanLedger ledger) {
      this.ledger = ledger;
      return this;
    }

    /**
     * Sets where product, producer, village, brand and certificate are looked up (required).
     *
     * @param directory the directory
     * @return this builder
     */
    public Builder directory(ProductDirectory directory) {
      this.directory = directory;
      return this;
    }

    /**
     * Sets the clock for trust-list freshness, scan times and certificate status; the system UTC
     * clock unless set.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the address to listen on; 127.0.0.1 on a free port unless set.
     *
     * @param bind the address; port 0 picks a free port ({@link #uri()} tells which)
     * @return this builder
     */
    public Builder bind(InetSocketAddress bind) {
      this.bind = bind;
      return this;
    }

    /**
     * Sets the copy-detection policy; {@link CopyDetectionPolicy#defaults()} unless set.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(CopyDetectionPolicy policy) {
      this.policy = policy;
      return this;
    }

    /**
     * Sets how many requests are answered at once; 8 unless set.
     *
     * @param threads 1..256
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("threads must be 1..256: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Builds the server, not yet listening: call {@link VerifyServer#start()}.
     *
     * @return the server
     * @throws IllegalStateException naming a missing setting
     */
    public VerifyServer build() {
      return new VerifyServer(this);
    }
  }
}
