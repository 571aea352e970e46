package io.github.craftmark.platform.http;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.internal.Checks;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * One HTTP request to a marketplace: method, full URI, headers and the exact body bytes.
 *
 * <p>Signatures cover the body byte for byte, so adapters serialise their JSON once, sign those
 * bytes and send the same array; this type copies it in and out and never re-encodes it. Header
 * names keep their case and order; lookups ignore case. {@link #toString()} shows only the method
 * and path, because query strings and headers carry tokens and signatures.
 *
 * @param method the HTTP method, upper case, e.g. {@code "POST"}
 * @param uri the absolute http or https URI, query included
 * @param headers header name → values, in the order added
 * @param body the body bytes, empty for none
 */
public record TransportRequest(
    String method, URI uri, Map<String, List<String>> headers, byte[] body) {
  private static final Pattern METHOD = Pattern.compile("[A-Z]{3,10}");
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}");
  private static final Pattern BOUNDARY = Pattern.compile("[0-9A-Za-z'()+_,./:=?-]{1,70}");

  /**
   * Validates the request and copies headers and body.
   *
   * @param method the HTTP method, upper case, e.g. {@code "POST"}
   * @param uri the absolute http or https URI, query included
   * @param headers header name → values, in the order added
   * @param body the body bytes, empty for none
   */
  public TransportRequest {
    Checks.notNull("method", method);
    if (!METHOD.matcher(method).matches()) {
      throw new InvalidValueException("method", "must be an upper-case HTTP method", method);
    }
    Checks.notNull("uri", uri);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new InvalidValueException(
          "uri", "must be an absolute http or https URI", uri.getScheme() + "://" + uri.getHost());
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (headers != null) {
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        String name = checkHeaderName(entry.getKey());
        List<String> values = new ArrayList<>();
        for (String value : Checks.list("headers[" + name + "]", entry.getValue())) {
          values.add(checkHeaderValue(name, value));
        }
        copy.put(name, List.copyOf(values));
      }
    }
    headers = Collections.unmodifiableMap(copy);
    body = body == null ? new byte[0] : body.clone();
  }

  /**
   * Returns a GET request without headers.
   *
   * @param uri the URI, query included
   * @return the request
   */
  public static TransportRequest get(URI uri) {
    return new TransportRequest("GET", uri, Map.of(), new byte[0]);
  }

  /**
   * Returns a POST request with a body of the given type.
   *
   * @param uri the URI, query included
   * @param contentType the body's media type, e.g. {@code "application/x-www-form-urlencoded"}
   * @param body the exact body bytes
   * @return the request
   */
  public static TransportRequest post(URI uri, String contentType, byte[] body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of(Checks.notNull("contentType", contentType)));
    return new TransportRequest("POST", uri, headers, Checks.notNull("body", body));
  }

  /**
   * Returns a POST request with a JSON body encoded as UTF-8.
   *
   * @param uri the URI, query included
   * @param json the JSON text; the bytes sent are exactly its UTF-8 encoding
   * @return the request
   */
  public static TransportRequest postJson(URI uri, String json) {
    return post(
        uri, "application/json", Checks.notNull("json", json).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns a POST request with a {@code multipart/form-data} body (RFC 7578), e.g. an image
   * upload.
   *
   * @param uri the URI, query included
   * @param boundary the boundary, 1..70 characters of RFC 2046's set without spaces; see {@link
   *     #newBoundary(RandomGenerator)}
   * @param parts the parts, in order, at least one
   * @return the request
   * @throws InvalidValueException when the boundary is malformed or occurs inside a part
   */
  public static TransportRequest multipart(URI uri, String boundary, List<MultipartPart> parts) {
    Checks.notNull("boundary", boundary);
    if (!BOUNDARY.matcher(boundary).matches()) {
      throw new InvalidValueException(
          "boundary", "must be 1..70 characters of RFC 2046 without spaces", boundary);
    }
    List<MultipartPart> checked = Checks.list("parts", parts);
    if (checked.isEmpty()) {
      throw new InvalidValueException("parts", "must have at least one entry", 0);
    }
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (MultipartPart part : checked) {
      byte[] content = part.content();
      if (contains(content, delimiter)) {
        throw new InvalidValueException(
            "boundary", "must not occur in the content of part " + part.name(), boundary);
      }
      StringBuilder head = new StringBuilder();
      head.append("--").append(boundary).append("\r\n");
      head.append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
      part.fileName().ifPresent(f -> head.append("; filename=\"").append(f).append('"'));
      head.append("\r\n");
      part.contentType().ifPresent(t -> head.append("Content-Type: ").append(t).append("\r\n"));
      head.append("\r\n");
      out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      out.writeBytes(content);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return post(uri, "multipart/form-data; boundary=" + boundary, out.toByteArray());
  }

  /**
   * Returns a fresh multipart boundary: 32 random hexadecimal digits after a fixed prefix.
   *
   * @param random the source of randomness (inject a seeded one in tests)
   * @return the boundary
   */
  public static String newBoundary(RandomGenerator random) {
    Checks.notNull("random", random);
    return "craftmark-"
        + String.format(Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong());
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static String checkHeaderName(String name) {
    Checks.notNull("header name", name);
    if (!TOKEN.matcher(name).matches()) {
      throw new InvalidValueException("header name", "must be an RFC 9110 token", name);
    }
    return name;
  }

  private static String checkHeaderValue(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == 0 || c > 0xff) {
        // The value may be a token; say which header, never what it holds.
        throw InvalidValueException.withoutValue(
            "headers[" + name + "]", "must not contain line breaks, NUL or non-Latin-1 characters");
      }
    }
    return value;
  }

  /**
   * Returns a copy with one more header value (after any of the same name).
   *
   * @param name the header's name
   * @param value its value
   * @return the copy
   */
  public TransportRequest withHeader(String name, String value) {
    Map<String, List<String>> copy = new LinkedHashMap<>(headers);
    String existing =
        copy.keySet().stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(name);
    List<String> values = new ArrayList<>(copy.getOrDefault(existing, List.of()));
    values.add(Checks.notNull("value", value));
    copy.put(existing, values);
    return new TransportRequest(method, uri, copy, body);
  }

  /**
   * Returns the first value of a header.
   *
   * @param name its name, in any case
   * @return the value, or empty
   */
  public Optional<String> header(String name) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return Optional.of(entry.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy of the body bytes.
   *
   * @return the bytes, empty for none
   */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /**
   * Returns the body decoded as UTF-8.
   *
   * @return the text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransportRequest other
        && method.equals(other.method)
        && uri.equals(other.uri)
        && headers.equals(other.headers)
        && Arrays.equals(body, other.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, uri, headers) * 31 + Arrays.hashCode(body);
  }

  /** Returns the method, host and path: no query, headers or body, which carry secrets. */
  @Override
  public String toString() {
    // Host and port only: the authority may also hold user information.
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return method + " " + uri.getScheme() + "://" + uri.getHost() + port + uri.getRawPath() + " ("
        + body.length + " bytes)";
  }
}
