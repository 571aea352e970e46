package io.github.craftmark.platform.internal.lazada;

import io.github.craftmark.platform.lazada.LazadaSigner;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Builds signed Lazada calls.
 *
 * <p>Every call carries the system parameters {@code app_key}, {@code timestamp} (milliseconds,
 * from the injected clock: Lazada rejects a timestamp more than 7,200 s away from UTC), {@code
 * sign_method=sha256}, the seller's {@code access_token} when the API needs one, and {@code sign}.
 * As in Lazada's own SDKs, the system parameters go in the query string; a GET sends the API
 * parameters there too, a POST sends them as a form (or as multipart text fields beside a file).
 * Blank parameters are dropped before signing, so that the signature and the request always agree
 * whatever a server does with blanks. The signature covers every parameter that is sent, never the
 * file bytes.
 */
final class LazadaRequests {
  private final String appKey;
  private final LazadaSigner signer;
  private final Clock clock;
  private final RandomGenerator random;

  LazadaRequests(String appKey, LazadaSigner signer, Clock clock, RandomGenerator random) {
    this.appKey = appKey;
    this.signer = signer;
    this.clock = clock;
    this.random = random;
  }

  /** A GET: all parameters in the query. */
  LazadaHttpRequest get(
      URI gateway, String apiPath, Map<String, String> apiParameters, Optional<String> token) {
    TreeMap<String, String> all = signed(apiPath, apiParameters, token);
    return new LazadaHttpRequest("GET", uri(gateway, apiPath, all), Map.of(), new byte[0]);
  }

  /** A form POST: system parameters in the query, API parameters in the body. */
  LazadaHttpRequest postForm(
      URI gateway, String apiPath, Map<String, String> apiParameters, Optional<String> token) {
    TreeMap<String, String> all = signed(apiPath, apiParameters, token);
    Map<String, String> query = new TreeMap<>();
    Map<String, String> form = new TreeMap<>();
    split(all, nonBlank(apiParameters).keySet(), query, form);
    byte[] body = LazadaQuery.of(form).getBytes(StandardCharsets.UTF_8);
    return new LazadaHttpRequest(
        "POST",
        uri(gateway, apiPath, query),
        Map.of("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8"),
        body);
  }

  /**
   * A multipart POST with one file: system parameters in the query, API text parameters as form
   * fields (signed), the file as a part that is not signed (Lazada signs no byte-array parameter).
   */
  LazadaHttpRequest postFile(
      URI gateway,
      String apiPath,
      Map<String, String> apiParameters,
      Optional<String> token,
      String fileField,
      String fileName,
      String mediaType,
      byte[] bytes) {
    TreeMap<String, String> all = signed(apiPath, apiParameters, token);
    Map<String, String> query = new TreeMap<>();
    Map<String, String> fields = new TreeMap<>();
    split(all, nonBlank(apiParameters).keySet(), query, fields);
    String boundary = boundary();
    ByteArrayOutputStream body = new ByteArrayOutputStream(bytes.length + 512);
    for (Map.Entry<String, String> field : fields.entrySet()) {
      write(body, "--" + boundary + "\r\n");
      write(body, "Content-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n");
      write(body, "Content-Type: text/plain; charset=UTF-8\r\n\r\n");
      write(body, field.getValue());
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "\r\n");
    write(
        body,
        "Content-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
            + "\"\r\n");
    write(body, "Content-Type: " + mediaType + "\r\n\r\n");
    body.writeBytes(bytes);
    write(body, "\r\n--" + boundary + "--\r\n");
    return new LazadaHttpRequest(
        "POST",
        uri(gateway, apiPath, query),
        Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
        body.toByteArray());
  }

  private TreeMap<String, String> signed(
      String apiPath, Map<String, String> apiParameters, Optional<String> token) {
    TreeMap<String, String> all = new TreeMap<>(nonBlank(apiParameters));
    all.put("app_key", appKey);
    all.put("timestamp", Long.toString(clock.millis()));
    all.put("sign_method", LazadaSigner.SIGN_METHOD);
    token.filter(t -> !t.isBlank()).ifPresent(t -> all.put("access_token", t));
    all.put("sign", signer.sign(apiPath, all));
    return all;
  }

  private static Map<String, String> nonBlank(Map<String, String> parameters) {
    Map<String, String> kept = new LinkedHashMap<>();
    parameters.forEach((name, value) -> {
      if (name != null && !name.isBlank() && value != null && !value.isBlank()) {
        kept.put(name, value);
      }
    });
    return kept;
  }

  private static void split(
      Map<String, String> all,
      java.util.Set<String> apiNames,
      Map<String, String> query,
      Map<String, String> body) {
    all.forEach((name, value) -> (apiNames.contains(name) ? body : query).put(name, value));
  }

  private static URI uri(URI gateway, String apiPath, Map<String, String> query) {
    String base = gateway.toString();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return URI.create(base + apiPath + "?" + LazadaQuery.of(query));
  }

  private String boundary() {
    StringBuilder boundary = new StringBuilder("craftmark-");
    for (int i = 0; i < 24; i++) {
      boundary.append(Character.forDigit(random.nextInt(36), 36));
    }
    return boundary.toString();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
