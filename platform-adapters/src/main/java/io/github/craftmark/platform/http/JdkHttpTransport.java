package io.github.craftmark.platform.http;

import io.github.craftmark.platform.internal.Checks;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The default {@link HttpTransport}, over the JDK's {@link HttpClient}.
 *
 * <p>Redirects are not followed (a marketplace API that redirects a signed call is misconfigured).
 * The headers the JDK computes itself ({@code Content-Length}, {@code Host}, {@code Connection},
 * {@code Expect}, {@code Upgrade}) are left to it. Thread-safe; one instance serves every adapter.
 */
public final class JdkHttpTransport implements HttpTransport {
  private static final Set<String> COMPUTED_BY_JDK =
      Set.of("content-length", "host", "connection", "expect", "upgrade");

  private final HttpClient client;
  private final Duration requestTimeout;

  private JdkHttpTransport(HttpClient client, Duration requestTimeout) {
    this.client = client;
    this.requestTimeout = requestTimeout;
  }

  /**
   * Returns a transport with its own client: 10 s to connect, 30 s for each request, HTTP/1.1 or 2
   * as the server chooses, no redirects.
   *
   * @return the transport
   */
  public static JdkHttpTransport create() {
    return builder().build();
  }

  /**
   * Returns a builder, to share an application's {@link HttpClient} or change the timeouts.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public TransportResponse send(TransportRequest request) throws IOException {
    Checks.notNull("request", request);
    byte[] body = request.body();
    HttpRequest.Builder http = HttpRequest.newBuilder(request.uri())
        .timeout(requestTimeout)
        .method(
            request.method(),
            body.length == 0
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
      if (COMPUTED_BY_JDK.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String value : header.getValue()) {
        http.header(header.getKey(), value);
      }
    }
    try {
      HttpResponse<byte[]> response =
          client.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new TransportResponse(
          response.statusCode(), response.headers().map(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException("interrupted while waiting for " + request);
      interrupted.initCause(e);
      throw interrupted;
    }
  }

  /** Returns the request timeout. */
  @Override
  public String toString() {
    return "JdkHttpTransport[timeout " + requestTimeout + "]";
  }

  /** Builds a {@link JdkHttpTransport}. */
  public static final class Builder {
    private HttpClient client;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);

    private Builder() {}

    /**
     * Uses the application's client; its redirect and proxy settings then apply, and {@link
     * #connectTimeout(Duration)} is ignored.
     *
     * @param client the client
     * @return this builder
     */
    public Builder client(HttpClient client) {
      this.client = Checks.notNull("client", client);
      return this;
    }

    /**
     * Sets how long to wait for a connection, for the transport's own client.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Checks.positive("connectTimeout", timeout);
      return this;
    }

    /**
     * Sets how long to wait for each answer.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = Checks.positive("requestTimeout", timeout);
      return this;
    }

    /**
     * Builds the transport.
     *
     * @return the transport
     */
    public JdkHttpTransport build() {
      HttpClient built = client != null
          ? client
          : HttpClient.newBuilder()
              .connectTimeout(connectTimeout)
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      return new JdkHttpTransport(built, requestTimeout);
    }
  }
}
