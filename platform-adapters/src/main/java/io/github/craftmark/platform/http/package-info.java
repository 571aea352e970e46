/**
 * How adapters reach marketplaces: a small {@link io.github.craftmark.platform.http.HttpTransport}
 * interface with a JDK default, retries with back-off and jitter, and a per-shop rate limiter.
 */
package io.github.craftmark.platform.http;
