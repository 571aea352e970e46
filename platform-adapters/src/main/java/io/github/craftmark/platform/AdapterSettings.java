package io.github.craftmark.platform;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.auth.InMemoryTokenStore;
import io.github.craftmark.platform.auth.TokenStore;
import io.github.craftmark.platform.http.HttpTransport;
import io.github.craftmark.platform.http.JdkHttpTransport;
import io.github.craftmark.platform.http.RateLimiter;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.internal.Checks;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an application gives a {@link MarketplaceAdapterProvider} to make an adapter: its app
 * credentials on the platform, where to reach it, and the shared machinery (transport, token store,
 * clock, retries, rate limit).
 *
 * <p>Build with {@link #builder()}; everything but the credentials has a default. Which values a
 * platform needs, and which {@link #properties()} it reads, each adapter documents; its provider
 * fails naming a missing one ({@link #requireAppKey()}). The app secret never appears in {@link
 * #toString()}.
 */
public final class AdapterSettings {
  private final String appKey;
  private final String appSecret;
  private final URI baseUri;
  private final HttpTransport transport;
  private final TokenStore tokenStore;
  private final Clock clock;
  private final RetryPolicy retryPolicy;
  private final RateLimiter rateLimiter;
  private final SortedMap<String, String> properties;

  private AdapterSettings(Builder b) {
    this.appKey = b.appKey;
    this.appSecret = b.appSecret;
    this.baseUri = b.baseUri;
    this.transport = b.transport != null ? b.transport : JdkHttpTransport.create();
    this.tokenStore = b.tokenStore != null ? b.tokenStore : new InMemoryTokenStore();
    this.clock = b.clock;
    this.retryPolicy = b.retryPolicy;
    this.rateLimiter = b.rateLimiter;
    this.properties = Checks.strings("properties", b.properties);
  }

  /**
   * Returns a builder: no credentials, the platform's production base URI, a {@link
   * JdkHttpTransport}, an {@link InMemoryTokenStore}, the UTC system clock, {@link
   * RetryPolicy#defaults()} and {@link RateLimiter#unlimited()}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.appKey = appKey;
    b.appSecret = appSecret;
    b.baseUri = baseUri;
    b.transport = transport;
    b.tokenStore = tokenStore;
    b.clock = clock;
    b.retryPolicy = retryPolicy;
    b.rateLimiter = rateLimiter;
    b.properties.putAll(properties);
    return b;
  }

  /**
   * Returns the application's key or id on the platform (Shopee {@code partner_id}, Lazada and
   * TikTok Shop {@code app_key}).
   *
   * @return the key, or empty
   */
  public Optional<String> appKey() {
    return Optional.ofNullable(appKey);
  }

  /**
   * Returns the application's key, or fails naming it.
   *
   * @return the key
   * @throws InvalidValueException {@code "appKey must be set: null"} when absent
   */
  public String requireAppKey() {
    if (appKey == null) {
      throw new InvalidValueException("appKey", "must be set", null);
    }
    return appKey;
  }

  /**
   * Returns the application's signing secret (Shopee partner key, Lazada and TikTok Shop app
   * secret). A secret: never log it.
   *
   * @return the secret, or empty
   */
  public Optional<String> appSecret() {
    return Optional.ofNullable(appSecret);
  }

  /**
   * Returns the application's signing secret, or fails naming it (never showing it).
   *
   * @return the secret
   * @throws InvalidValueException {@code "appSecret must be set"} when absent
   */
  public String requireAppSecret() {
    if (appSecret == null) {
      throw InvalidValueException.withoutValue("appSecret", "must be set");
    }
    return appSecret;
  }

  /**
   * Returns the API's base URI, to point an adapter at a sandbox or a local test server.
   *
   * @return the base URI, or empty for the platform's production endpoint
   */
  public Optional<URI> baseUri() {
    return Optional.ofNullable(baseUri);
  }

  /**
   * Returns how requests are sent.
   *
   * @return the transport
   */
  public HttpTransport transport() {
    return transport;
  }

  /**
   * Returns where shops' tokens are kept.
   *
   * @return the token store
   */
  public TokenStore tokenStore() {
    return tokenStore;
  }

  /**
   * Returns the clock for timestamps, token expiry and order windows.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the retry policy; adapters add their platform's rate-limit codes to it.
   *
   * @return the policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Returns the per-shop rate limiter.
   *
   * @return the limiter
   */
  public RateLimiter rateLimiter() {
    return rateLimiter;
  }

  /**
   * Returns the platform-specific settings, e.g. a Lazada country or an OAuth redirect URI.
   *
   * @return name → value, sorted
   */
  public SortedMap<String, String> properties() {
    return properties;
  }

  /**
   * Returns one platform-specific setting.
   *
   * @param name its name
   * @return its value, or empty
   */
  public Optional<String> property(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  /** Returns the key, base URI and machinery; never the secret. */
  @Override
  public String toString() {
    return "AdapterSettings[appKey=" + appKey
        + ", appSecret=" + (appSecret == null ? "unset" : "***")
        + ", baseUri=" + baseUri
        + ", transport=" + transport
        + ", retryPolicy=" + retryPolicy
        + ", rateLimiter=" + rateLimiter
        + ", properties=" + properties.keySet() + "]";
  }

  /** Builds {@link AdapterSettings}; setters check their argument at once. */
  public static final class Builder {
    private String appKey;
    private String appSecret;
    private URI baseUri;
    private HttpTransport transport;
    private TokenStore tokenStore;
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimiter rateLimiter = RateLimiter.unlimited();
    private final Map<String, String> properties = new TreeMap<>();

    private Builder() {}

    /**
     * Sets the application's key or id on the platform.
     *
     * @param appKey the key
     * @return this builder
     */
    public Builder appKey(String appKey) {
      this.appKey = Checks.token("appKey", appKey, 200);
      return this;
    }

    /**
     * Sets the application's signing secret.
     *
     * @param appSecret the secret
     * @return this builder
     */
    public Builder appSecret(String appSecret) {
      this.appSecret = Checks.secret("appSecret", appSecret, 1000);
      return this;
    }

    /**
     * Sets the API's base URI, e.g. a sandbox or a local test server.
     *
     * @param baseUri an absolute http or https URI
     * @return this builder
     */
    public Builder baseUri(URI baseUri) {
      Checks.notNull("baseUri", baseUri);
      String scheme = baseUri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || baseUri.getHost() == null) {
        throw new InvalidValueException(
            "baseUri", "must be an absolute http or https URI", baseUri);
      }
      this.baseUri = baseUri;
      return this;
    }

    /**
     * Sets how requests are sent.
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = Checks.notNull("transport", transport);
      return this;
    }

    /**
     * Sets where shops' tokens are kept.
     *
     * @param tokenStore the store
     * @return this builder
     */
    public Builder tokenStore(TokenStore tokenStore) {
      this.tokenStore = Checks.notNull("tokenStore", tokenStore);
      return this;
    }

    /**
     * Sets the clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Checks.notNull("retryPolicy", retryPolicy);
      return this;
    }

    /**
     * Sets the per-shop rate limiter.
     *
     * @param rateLimiter the limiter
     * @return this builder
     */
    public Builder rateLimiter(RateLimiter rateLimiter) {
      this.rateLimiter = Checks.notNull("rateLimiter", rateLimiter);
      return this;
    }

    /**
     * Sets a platform-specific setting.
     *
     * @param name its name, as the adapter documents
     * @param value its value
     * @return this builder
     */
    public Builder property(String name, String value) {
      properties.put(Checks.text("name", name, 200), Checks.text("value", value, 2000));
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public AdapterSettings build() {
      return new AdapterSettings(this);
    }
  }
}
