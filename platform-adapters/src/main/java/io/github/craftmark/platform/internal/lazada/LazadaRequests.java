package io.github.craftmark.platform.internal.lazada;

import io.github.craftmark.platform.http.MultipartPart;
import io.github.craftmark.platform.http.TransportRequest;
import io.github.craftmark.platform.lazada.LazadaSigner;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  static final String FORM = "application/x-www-form-urlencoded;charset=UTF-8";

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
  TransportRequest get(
      URI gateway, String apiPath, Map<String, String> apiParameters, Optional<String> token) {
    return TransportRequest.get(uri(gateway, apiPath, signed(apiPath, apiParameters, token)));
  }

  /** A form POST: system parameters in the query, API parameters in the body. */
  TransportRequest postForm(
      URI gateway, String apiPath, Map<String, String> apiParameters, Optional<String> token) {
    Map<String, String> query = new TreeMap<>();
    Map<String, String> form = new TreeMap<>();
    split(signed(apiPath, apiParameters, token), nonBlank(apiParameters).keySet(), query, form);
    return TransportRequest.post(
        uri(gateway, apiPath, query), FORM, LazadaQuery.of(form).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A multipart POST with one file: system parameters in the query, API text parameters as form
   * fields (signed), the file as a part that is not signed (Lazada signs no byte-array parameter).
   */
  TransportRequest postFile(
      URI gateway,
      String apiPath,
      Map<String, String> apiParameters,
      Optional<String> token,
      MultipartPart file) {
    Map<String, String> query = new TreeMap<>();
    Map<String, String> fields = new TreeMap<>();
    split(signed(apiPath, apiParameters, token), nonBlank(apiParameters).keySet(), query, fields);
    List<MultipartPart> parts = new ArrayList<>();
    fields.forEach((name, value) -> parts.add(MultipartPart.field(name, value)));
    parts.add(file);
    return TransportRequest.multipart(
        uri(gateway, apiPath, query), TransportRequest.newBoundary(random), parts);
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
      Set<String> apiNames,
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
}
