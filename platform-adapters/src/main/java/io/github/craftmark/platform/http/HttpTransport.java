package io.github.craftmark.platform.http;

import java.io.IOException;

/**
 * Sends one HTTP request and returns the answer: the only way adapters reach a marketplace.
 *
 * <p>The default is {@link JdkHttpTransport} over {@link java.net.http.HttpClient}; supply another
 * to route through a proxy, record traffic, or use the application's own HTTP stack. An
 * implementation must send the body bytes exactly as given (signatures cover them), must not
 * follow redirects for non-GET requests, must return any HTTP status as a response (a 4xx or 5xx is
 * not an exception), and must be safe to call from many threads.
 */
@FunctionalInterface
public interface HttpTransport {
  /**
   * Sends a request and waits for the whole answer.
   *
   * @param request the request
   * @return the answer, whatever its status
   * @throws IOException when no answer arrived (connection refused, timeout, interrupted: an
   *     {@link java.io.InterruptedIOException} with the thread's interrupt flag set again)
   */
  TransportResponse send(TransportRequest request) throws IOException;
}
