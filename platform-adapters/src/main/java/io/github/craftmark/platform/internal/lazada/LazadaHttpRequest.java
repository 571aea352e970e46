package io.github.craftmark.platform.internal.lazada;

import java.net.URI;
import java.util.Map;

/**
 * A signed Lazada call, ready for any HTTP client.
 *
 * @param method {@code GET} or {@code POST}
 * @param uri the full URI, system parameters (and, for GET, every parameter) in the query
 * @param headers the headers to send (content type for a body)
 * @param body the body bytes, empty for GET
 */
record LazadaHttpRequest(String method, URI uri, Map<String, String> headers, byte[] body) {}
