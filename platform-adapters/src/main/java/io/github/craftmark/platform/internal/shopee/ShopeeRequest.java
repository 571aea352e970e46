package io.github.craftmark.platform.internal.shopee;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.http.MultipartPart;
import io.github.craftmark.platform.http.TransportRequest;
import io.github.craftmark.platform.shopee.ShopeeSigner;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Shopee call before signing: the endpoint, its request parameters (the query of a GET) and its
 * body (JSON, or multipart parts for an upload). {@link #sign} adds the common parameters and the
 * signature and gives the request as it goes on the wire.
 *
 * @param endpoint the call
 * @param query request parameters sent in the query, in order; never the common parameters
 * @param json the exact JSON body bytes, empty for GET and uploads
 * @param parts the multipart parts of an upload, empty otherwise
 * @param boundary the multipart boundary of an upload, empty otherwise
 */
public record ShopeeRequest(
    ShopeeEndpoint endpoint,
    List<Map.Entry<String, String>> query,
    byte[] json,
    List<MultipartPart> parts,
    String boundary) {

  /** Copies everything so that the request cannot change after it is built. */
  public ShopeeRequest {
    query = List.copyOf(query);
    json = json.clone();
    parts = List.copyOf(parts);
  }

  /**
   * A GET call with these request parameters, in this order; a name may repeat (Shopee reads
   * {@code item_status=NORMAL&item_status=UNLIST} as a list).
   */
  public static ShopeeRequest get(ShopeeEndpoint endpoint, List<Map.Entry<String, String>> query) {
    return new ShopeeRequest(endpoint, query, new byte[0], List.of(), "");
  }

  /** A POST call with a JSON body, sent byte for byte. */
  public static ShopeeRequest postJson(ShopeeEndpoint endpoint, byte[] json) {
    return new ShopeeRequest(endpoint, List.of(), json, List.of(), "");
  }

  /**
   * A POST of one image file as {@code multipart/form-data}: part {@code scene} with {@code normal}
   * (Shopee squares item images) and part {@code image} with the file.
   */
  public static ShopeeRequest uploadImage(
      byte[] image, String mediaType, String fileName, String boundary) {
    return new ShopeeRequest(
        ShopeeEndpoint.UPLOAD_IMAGE,
        List.of(),
        new byte[0],
        List.of(
            MultipartPart.field("scene", "normal"),
            MultipartPart.file("image", fileName, mediaType, image)),
        boundary);
  }

  /** Returns a copy of the JSON body. */
  @Override
  public byte[] json() {
    return json.clone();
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
  public TransportRequest sign(URI base, ShopeeSigner signer, long timestamp, ShopAuth shop) {
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
    URI uri = URI.create(url.toString());
    if (!parts.isEmpty()) {
      return TransportRequest.multipart(uri, boundary, parts);
    }
    if (endpoint.method() == ShopeeEndpoint.Method.POST) {
      return TransportRequest.post(uri, "application/json", json);
    }
    return TransportRequest.get(uri);
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

  /** Shows the call and what it carries, never a body or a parameter value. */
  @Override
  public String toString() {
    return "ShopeeRequest[" + endpoint.method() + " " + endpoint.path() + ", query="
        + query.stream().map(Map.Entry::getKey).toList() + ", body=" + json.length + " bytes"
        + (parts.isEmpty() ? "" : ", parts=" + parts.size()) + "]";
  }
}
