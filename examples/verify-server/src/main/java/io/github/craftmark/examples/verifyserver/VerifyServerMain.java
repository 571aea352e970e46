package io.github.craftmark.examples.verifyserver;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.key.KeyFormatException;
import io.github.craftmark.provenance.key.TagPublicKey;
import io.github.craftmark.provenance.ledger.LedgerException;
import io.github.craftmark.provenance.ledger.ScanLedger;
import io.github.craftmark.provenance.ledger.jdbc.H2Ledgers;
import io.github.craftmark.provenance.ledger.jdbc.JdbcScanLedger;
import io.github.craftmark.provenance.tag.TagPrefix;
import io.github.craftmark.provenance.trust.TrustListUpdate;
import io.github.craftmark.provenance.trust.TrustStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Runs the verify server from a data directory.
 *
 * <pre>
 * java -jar examples/verify-server/target/verify-server.jar --data-dir DIR --prefix HTTPS://BATTRANG.VN/T/
 *     [--port 8080] [--bind 127.0.0.1] [--postgres-url jdbc:postgresql://…] [--config FILE]
 * </pre>
 *
 * <p>The data directory holds {@code roots.pem} (the village authorities' root public keys, SPKI
 * PEM, one or more blocks), {@code trust-list.cbor} (a signed trust list), and {@code
 * catalogue.json}; the server keeps the embedded ledger ({@code craftmark-ledger.mv.db}) and the
 * trust store's state ({@code trust-store/}) there too. {@code --config} names a properties file
 * with the same keys without the dashes ({@code data-dir=…}); options on the command line win.
 */
public final class VerifyServerMain {
  /** The settings' names, as options ({@code --name}) and as properties file keys. */
  static final Set<String> KEYS = Set.of("data-dir", "prefix", "port", "bind", "postgres-url");

  private static final Pattern PEM_BLOCK =
      Pattern.compile("-----BEGIN PUBLIC KEY-----.*?-----END PUBLIC KEY-----", Pattern.DOTALL);

  private VerifyServerMain() {}

  /**
   * Starts the server and runs until the process is stopped.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    Settings settings;
    try {
      settings = Settings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("verify-server: " + e.getMessage());
      System.err.println(Settings.USAGE);
      System.exit(2);
      return;
    }
    Running running;
    try {
      running = start(settings, Clock.systemUTC());
    } catch (RuntimeException e) {
      System.err.println("verify-server: " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(
            () -> {
              running.close();
              stopped.countDown();
            },
            "verify-server-shutdown"));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("verify-server: listening on " + running.server().uri() + " for tags "
        + settings.prefix().value() + "…");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Opens the data directory and starts the server on it.
   *
   * @param settings the settings
   * @param clock the clock for trust lists, scans and certificates
   * @return the running server and its ledger; close it to stop both
   * @throws IllegalArgumentException when a file in the data directory is missing or invalid
   * @throws UncheckedIOException when a file cannot be read
   * @throws LedgerException when the ledger cannot be opened
   */
  public static Running start(Settings settings, Clock clock) {
    Path dir = settings.dataDir();
    TrustStore trustStore = trustStore(dir, clock);
    ProductDirectory directory =
        InMemoryProductDirectory.fromCatalogue(dir.resolve("catalogue.json"));
    ScanLedger ledger = settings.postgresUrl().isPresent()
        ? postgres(settings.postgresUrl().get())
        : H2Ledgers.inDirectory(dir);
    try {
      VerifyServer server = VerifyServer.builder()
          .prefix(settings.prefix())
          .trustStore(trustStore)
          .ledger(ledger)
          .directory(directory)
          .clock(clock)
          .bind(settings.bind())
          .build()
          .start();
      return new Running(server, ledger);
    } catch (RuntimeException e) {
      ledger.close();
      throw e;
    }
  }

  private static ScanLedger postgres(String url) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    try {
      dataSource.setURL(url);
    } catch (IllegalArgumentException e) {
      // The driver's message may quote the URL, and with it a password: say less.
      throw new IllegalArgumentException("postgres-url is not a PostgreSQL JDBC URL", e);
    }
    return JdbcScanLedger.postgres(dataSource);
  }

  /**
   * Pins the roots of {@code roots.pem}, restores the state kept in {@code trust-store/} (so an
   * older list is never accepted again), applies {@code trust-list.cbor} and saves the state.
   */
  static TrustStore trustStore(Path dir, Clock clock) {
    String pem = read(dir.resolve("roots.pem"));
    List<TagPublicKey> roots = new ArrayList<>();
    Matcher blocks = PEM_BLOCK.matcher(pem);
    while (blocks.find()) {
      try {
        roots.add(TagPublicKey.fromSpkiPem(blocks.group()));
      } catch (KeyFormatException e) {
        throw new IllegalArgumentException(
            "roots.pem: key " + (roots.size() + 1) + " is not valid: " + e.getMessage(), e);
      }
    }
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("roots.pem holds no PUBLIC KEY block");
    }
    TrustStore store;
    try {
      store = TrustStore.pinning(roots);
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException("roots.pem: " + e.getMessage(), e);
    }
    Path state = dir.resolve("trust-store");
    if (Files.isDirectory(state)) {
      store.restore(state);
    }
    byte[] list;
    try {
      list = Files.readAllBytes(dir.resolve("trust-list.cbor"));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("the data directory has no trust-list.cbor: " + dir, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read trust-list.cbor in " + dir, e);
    }
    TrustListUpdate update = store.update(list, clock.instant());
    if (!update.isAccepted()) {
      throw new IllegalArgumentException(
          "trust-list.cbor was refused: " + update.rejectionReason().orElseThrow());
    }
    try {
      Files.createDirectories(state);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + state, e);
    }
    store.save(state);
    return store;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(
          "the data directory has no " + file.getFileName() + ": " + file.getParent(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * The running server and the ledger opened for it.
   *
   * @param server the server
   * @param ledger the ledger
   */
  public record Running(VerifyServer server, ScanLedger ledger) implements AutoCloseable {
    /** Stops the server, then closes the ledger. */
    @Override
    public void close() {
      try {
        server.close();
      } finally {
        ledger.close();
      }
    }
  }

  /**
   * The server's settings.
   *
   * @param dataDir the data directory
   * @param prefix the prefix of the tags to verify
   * @param bind the address to listen on
   * @param postgresUrl the PostgreSQL JDBC URL of the ledger, if not the embedded one
   */
  public record Settings(
      Path dataDir, TagPrefix prefix, InetSocketAddress bind, Optional<String> postgresUrl) {
    static final String USAGE = "usage: verify-server --data-dir DIR --prefix HTTPS://HOST/PATH/"
        + " [--port 8080] [--bind 127.0.0.1] [--postgres-url jdbc:postgresql://...]"
        + " [--config FILE]";

    /** Never the PostgreSQL URL: it may hold a password. */
    @Override
    public String toString() {
      return "Settings[dataDir=" + dataDir + ", prefix=" + prefix + ", bind=" + bind
          + ", postgresUrl=" + (postgresUrl.isPresent() ? "set" : "none") + "]";
    }

    /**
     * Reads the settings from options and, with {@code --config FILE}, a properties file.
     *
     * @param args {@code --name value} or {@code --name=value}
     * @return the settings
     * @throws IllegalArgumentException naming the option that is missing, unknown or invalid
     */
    public static Settings parse(String... args) {
      Map<String, String> options = new LinkedHashMap<>();
      Optional<Path> config = Optional.empty();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (!arg.startsWith("--")) {
          throw new IllegalArgumentException("unexpected argument: " + arg);
        }
        String name = arg.substring(2);
        String value;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new IllegalArgumentException("--" + name + " needs a value");
        }
        if (name.equals("config")) {
          config = Optional.of(Path.of(value));
        } else if (KEYS.contains(name)) {
          options.put(name, value);
        } else {
          throw new IllegalArgumentException("unknown option --" + name);
        }
      }
      Map<String, String> values = new LinkedHashMap<>();
      config.ifPresent(file -> values.putAll(properties(file)));
      values.putAll(options);
      return from(values);
    }

    private static Map<String, String> properties(Path file) {
      Properties properties = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException("--config: no such file: " + file, e);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (String key : properties.stringPropertyNames()) {
        if (!KEYS.contains(key)) {
          throw new IllegalArgumentException(file + ": unknown setting " + key);
        }
        values.put(key, properties.getProperty(key).strip());
      }
      return values;
    }

    private static Settings from(Map<String, String> values) {
      String dir = values.get("data-dir");
      if (dir == null || dir.isBlank()) {
        throw new IllegalArgumentException("--data-dir is required");
      }
      String prefixText = values.get("prefix");
      if (prefixText == null || prefixText.isBlank()) {
        throw new IllegalArgumentException("--prefix is required, e.g. HTTPS://BATTRANG.VN/T/");
      }
      TagPrefix prefix;
      try {
        prefix = TagPrefix.parse(prefixText.strip());
      } catch (InvalidValueException e) {
        throw new IllegalArgumentException("--prefix: " + e.getMessage(), e);
      }
      int port;
      try {
        port = Integer.parseInt(values.getOrDefault("port", "8080").strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--port must be a number 0..65535", e);
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("--port must be 0..65535: " + port);
      }
      InetAddress host;
      try {
        host = InetAddress.getByName(values.getOrDefault("bind", "127.0.0.1").strip());
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("--bind: unknown host " + values.get("bind"), e);
      }
      Optional<String> postgres = Optional.ofNullable(values.get("postgres-url"))
          .map(String::strip)
          .filter(url -> !url.isEmpty());
      if (postgres.isPresent() && !postgres.get().startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException("--postgres-url must start with jdbc:postgresql:");
      }
      return new Settings(Path.of(dir), prefix, new InetSocketAddress(host, port), postgres);
    }
  }
}
