package io.github.craftmark.examples.verifyserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A real headless Chromium driven over the Chrome DevTools Protocol, with nothing but the JDK's
 * WebSocket client: open a page, type, click, read the text, take a screenshot.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final List<String> BINARIES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path userDataDir;
  private volatile WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();

  private HeadlessChromium(Process process, Path userDataDir) {
    this.process = process;
    this.userDataDir = userDataDir;
  }

  /** The installed Chromium, if any: {@code CHROMIUM_BIN}, else Debian's and others' paths. */
  static Optional<Path> find() {
    String configured = System.getenv("CHROMIUM_BIN");
    Stream<String> candidates =
        configured == null || configured.isBlank() ? BINARIES.stream() : Stream.of(configured);
    return candidates.map(Path::of).filter(Files::isExecutable).findFirst();
  }

  /**
   * Starts Chromium headless with a phone-sized window and connects to its page.
   *
   * @param binary the browser
   * @param log where the browser's own output goes
   */
  static HeadlessChromium launch(Path binary, Path log) throws Exception {
    Path userDataDir = Files.createTempDirectory("verify-server-chromium-");
    // Without the background-networking flags it waits on the network, which tests do not have.
    Process process = new ProcessBuilder(
            binary.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            // Containers often have a tiny /dev/shm; Chromium then crashes without this.
            "--disable-dev-shm-usage",
            "--user-data-dir=" + userDataDir,
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            "--window-size=390,844",
            "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    try {
      int port = devToolsPort(process, userDataDir.resolve("DevToolsActivePort"));
      HttpClient http = HttpClient.newHttpClient();
      URI pageSocket = pageSocket(http, port);
      HeadlessChromium chromium = new HeadlessChromium(process, userDataDir);
      chromium.socket = http.newWebSocketBuilder()
          .buildAsync(pageSocket, new Listener(chromium::dispatch))
          .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      chromium.send("Page.enable", JSON.createObjectNode());
      chromium.send(
          "Emulation.setDeviceMetricsOverride",
          JSON.createObjectNode()
              .put("width", 390)
              .put("height", 844)
              .put("deviceScaleFactor", 2)
              .put("mobile", true));
      return chromium;
    } catch (Exception e) {
      process.destroyForcibly();
      deleteTree(userDataDir);
      throw e;
    }
  }

  /** Chromium writes its port to this file once it listens; it picks a free one for port 0. */
  private static int devToolsPort(Process process, Path file)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("Chromium exited with " + process.exitValue());
      }
      if (Files.exists(file)) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return Integer.parseInt(lines.get(0).strip());
        }
      }
      Thread.sleep(100);
    }
    throw new IOException("Chromium did not open its DevTools port within " + TIMEOUT);
  }

  private static URI pageSocket(HttpClient http, int port)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> list = http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      for (JsonNode target : JSON.readTree(list.body())) {
        if (target.path("type").asText().equals("page")) {
          return URI.create(target.get("webSocketDebuggerUrl").asText());
        }
      }
      Thread.sleep(100);
    }
    throw new IOException("Chromium has no page target");
  }

  /** Opens a page and waits until it has loaded. */
  void open(URI uri) throws Exception {
    events.clear();
    send("Page.navigate", JSON.createObjectNode().put("url", uri.toString()));
    awaitEvent("Page.loadEventFired");
  }

  /** Types text into the element with this id, as a person would. */
  void type(String elementId, String text) throws Exception {
    evaluate("document.getElementById(" + JSON.writeValueAsString(elementId) + ").focus()");
    send("Input.insertText", JSON.createObjectNode().put("text", text));
  }

  /** Clicks the middle of the first element matching the selector, with the mouse. */
  void click(String selector) throws Exception {
    String box = evaluate("(() => { const e = document.querySelector("
            + JSON.writeValueAsString(selector)
            + "); e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            + " return JSON.stringify({x: r.x + r.width / 2, y: r.y + r.height / 2}); })()")
        .asText();
    JsonNode point = JSON.readTree(box);
    events.clear();
    for (String type : List.of("mousePressed", "mouseReleased")) {
      send(
          "Input.dispatchMouseEvent",
          JSON.createObjectNode()
              .put("type", type)
              .put("x", point.get("x").asDouble())
              .put("y", point.get("y").asDouble())
              .put("button", "left")
              .put("clickCount", 1));
    }
  }

  /** Waits for the page that a click or a submit started loading. */
  void awaitLoad() throws Exception {
    awaitEvent("Page.loadEventFired");
  }

  /** The page's visible text. */
  String text() throws Exception {
    return evaluate("document.body.innerText").asText();
  }

  /** Saves a PNG of the whole page, as tall as its content. */
  void screenshot(Path file) throws Exception {
    JsonNode shot = send(
        "Page.captureScreenshot",
        JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true));
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
  }

  private JsonNode evaluate(String expression) throws Exception {
    JsonNode result = send(
        "Runtime.evaluate",
        JSON.createObjectNode().put("expression", expression).put("returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  private JsonNode send(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    socket
        .sendText(JSON.writeValueAsString(message), true)
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IllegalStateException(method + " failed: " + reply.get("error"));
    }
    return reply.path("result");
  }

  private void awaitEvent(String method) throws Exception {
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (true) {
      long left = Duration.between(Instant.now(), deadline).toMillis();
      JsonNode event = left <= 0 ? null : events.poll(left, TimeUnit.MILLISECONDS);
      if (event == null) {
        throw new IllegalStateException("no " + method + " within " + TIMEOUT);
      }
      if (event.path("method").asText().equals(method)) {
        return;
      }
    }
  }

  private void dispatch(String text) {
    try {
      JsonNode message = JSON.readTree(text);
      if (message.has("id")) {
        CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
        if (answer != null) {
          answer.complete(message);
        }
      } else {
        events.add(message);
      }
    } catch (IOException e) {
      pending.values().forEach(answer -> answer.completeExceptionally(e));
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    socket.abort();
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    deleteTree(userDataDir);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // Chromium may still be writing as it exits; a temp directory left behind is harmless.
    }
  }

  /** Joins a message's fragments and hands it on. */
  private static final class Listener implements WebSocket.Listener {
    private final Consumer<String> onMessage;
    private final StringBuilder partial = new StringBuilder();

    Listener(Consumer<String> onMessage) {
      this.onMessage = onMessage;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String message = partial.toString();
        partial.setLength(0);
        onMessage.accept(message);
      }
      webSocket.request(1);
      return null;
    }
  }
}
