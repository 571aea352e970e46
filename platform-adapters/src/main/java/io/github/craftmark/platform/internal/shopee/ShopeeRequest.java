package io.github.craftmark.platform.internal.shopee;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.shopee.ShopeeSigner;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Shopee call before signing: the endpoint, its request parameters (query for GET) and its
 * body (JSON or multipart for POST). {@link #sign} adds the common parameters and the signature.
 *
 * @param endpoint the call
 * @param query request parameters sent in the query, in order; never the common parameters
 * @param body the exact body bytes, empty for GET
 * @param contentType the body's media type, or null for GET
 */
public record ShopeeRequest(
    ShopeeEndpoint endpoint,
    List<Map.Entry<String, String>> query,
    byte[] body,
    String contentType) {

  /** Copies the parameters so that the request cannot change after it is built. */
  public ShopeeRequest {
    query = List.copyOf(query);
    body = body.clone();
  }

  /**
   * A GET call with these request parameters, in this order; a name may repeat (Shopee reads
   * {@code item_status=NORMAL&item_status=UNLIST} as a list).
   */
  public static ShopeeRequest get(ShopeeEndpoint endpoint, List<Map.Entry<String, String>> query) {
    return new ShopeeRequest(endpoint, query, new byte[0], null);
  }

  /** A POST call with a JSON body. */
  public static ShopeeRequest postJson(ShopeeEndpoint endpoint, byte[] json) {
    return new ShopeeRequest(endpoint, List.of(), json, "application/json");
  }

  /**
   * A POST of one image file as {@code multipart/form-data}: part {@code image} carries the file
   * and part {@code scene} the value {@code normal} (Shopee squares item images).
   */
  public static ShopeeRequest uploadImage(
      byte[] image, String mediaType, String fileName, String boundary) {
    if (boundary == null || !boundary.matches("[0-9A-Za-z'()+_,./:=?-]{1,70}")) {
      throw new InvalidValueException("boundary", "must be 1..70 RFC 2046 characters", boundary);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(image.length + 512);
    String dashes = "--" + boundary + "\r\n";
    write(out, dashes);
    write(out, "Content-Disposition: form-data; name=\"scene\"\r\n\r\nnormal\r\n");
    write(out, dashes);
    write(
        out,
        "Content-Disposition: form-data; name=\"image\"; filename=\""
            + fileName.replace("\"", "")
            + "\"\r\nContent-Type: "
            + mediaType
            + "\r\n\r\n");
    out.writeBytes(image);
    write(out, "\r\n--" + boundary + "--\r\n");
    return new ShopeeRequest(
        ShopeeEndpoint.UPLOAD_IMAGE,
        List.of(),
        out.toByteArray(),
        "multipart/form-data; boundary=" + boundary);
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns a copy of the body bytes. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /**
   * Adds the common parameters ({@code partner_id}, {@code timestamp}, for shop APIs {@code
   * access_token} and {@code shop_id}) and {@code sign} to the query, in that order, followed by the
   * request parameters.
   *
   * @param base the API host, e.g. {@code https://partner.shopeemobile.com}
   * @param signer signs with the partner key
   * @param timestamp Unix seconds, also signed
   * @param shop the shop's id and token; required for shop APIs, ignored for public ones
   * @return the request as it goes on the wire
   */
  public Signed sign(URI base, ShopeeSigner signer, long timestamp, ShopAuth shop) {
    StringBuilder url = new StringBuilder(origin(base)).append(endpoint.path());
    List<String[]> params = new ArrayList<>();
    params.add(new String[] {"partner_id", Long.toString(signer.partnerId())});
    params.add(new String[] {"timestamp", Long.toString(timestamp)});
    String sign;
    if (endpoint.kind() == ShopeeEndpoint.Kind.SHOP) {
      if (shop == null) {
        throw new InvalidValueException(
            "shop", "must be given for the shop API " + endpoint.path(), null);
      }
      params.add(new String[] {"access_token", shop.accessToken()});
      params.add(new String[] {"shop_id", Long.toString(shop.shopId())});
      sign = signer.signShop(endpoint.path(), timestamp, shop.accessToken(), shop.shopId());
    } else {
      sign = signer.signPublic(endpoint.path(), timestamp);
    }
    params.add(new String[] {"sign", sign});
    for (Map.Entry<String, String> param : query) {
      params.add(new String[] {param.getKey(), param.getValue()});
    }
    char separator = '?';
    for (String[] param : params) {
      url.append(separator).append(encode(param[0])).append('=').append(encode(param[1]));
      separator = '&';
    }
    Map<String, String> headers = new LinkedHashMap<>();
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    return new Signed(endpoint, URI.create(url.toString()), headers, body);
  }

  /** Returns {@code scheme://host[:port]} of an API base, which must not carry a path. */
  public static String origin(URI base) {
    if (base == null
        || base.getScheme() == null
        || base.getHost() == null
        || !(base.getScheme().equals("https") || base.getScheme().equals("http"))
        || base.getRawQuery() != null
        || base.getRawFragment() != null
        || !(base.getRawPath() == null
            || base.getRawPath().isEmpty()
            || base.getRawPath().equals("/"))) {
      throw new InvalidValueException(
          "baseUri", "must be an http(s) origin such as https://partner.shopeemobile.com", base);
    }
    return base.getScheme() + "://" + base.getRawAuthority();
  }

  /** Percent-encodes a query component (spaces as %20, never +). */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * A signed request, ready to send.
   *
   * @param endpoint the call
   * @param uri the full URI with common parameters and signature
   * @param headers the headers to send (the content type for POST)
   * @param body the exact body bytes
   */
  public record Signed(ShopeeEndpoint endpoint, URI uri, Map<String, String> headers, byte[] body) {
    /** Copies the headers and body. */
    public Signed {
      headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
      body = body.clone();
    }

    /** Returns a copy of the body bytes. */
    @Override
    public byte[] body() {
      return body.clone();
    }

    /** Shows the call without the query, which holds the access token. */
    @Override
    public String toString() {
      return "Signed[" + endpoint.method() + " " + endpoint.path() + "]";
    }
  }

  /** Shows the call and the size of the body, never the body. */
  @Override
  public String toString() {
    return "ShopeeRequest[" + endpoint.method() + " " + endpoint.path() + ", query="
        + query.stream().map(Map.Entry::getKey).toList() + ", body=" + body.length + " bytes]";
  }
}
