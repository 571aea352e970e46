package io.github.craftmark.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TransportRequestTest {
  private static final URI URI_WITH_TOKEN =
      URI.create("https://partner.example.com/api/v2/product/add_item?access_token=SECRET&sign=ab");

  @Test
  void postJson_sendsExactlyTheUtf8BytesOfTheText() {
    String json = "{\"item_name\":\"Bình hút lộc men rạn\"}";

    TransportRequest request = TransportRequest.postJson(URI_WITH_TOKEN, json);

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.body()).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
    assertThat(request.bodyText()).isEqualTo(json);
    assertThat(request.header("content-type")).contains("application/json");
  }

  @Test
  void body_isCopiedInAndOut() {
    byte[] body = {1, 2, 3};
    TransportRequest request =
        TransportRequest.post(URI_WITH_TOKEN, "application/octet-stream", body);

    body[0] = 9;
    request.body()[1] = 9;

    assertThat(request.body()).containsExactly(1, 2, 3);
  }

  @Test
  void withHeader_addsAValueAndLookupIgnoresCase() {
    TransportRequest request = TransportRequest.get(URI_WITH_TOKEN)
        .withHeader("x-tts-access-token", "TOKEN")
        .withHeader("Accept", "application/json")
        .withHeader("ACCEPT", "text/plain");

    assertThat(request.header("X-TTS-ACCESS-TOKEN")).contains("TOKEN");
    assertThat(request.headers())
        .containsEntry("Accept", List.of("application/json", "text/plain"));
    assertThat(request.headers().keySet()).containsExactly("x-tts-access-token", "Accept");
    assertThat(request.header("Authorization")).isEmpty();
  }

  @Test
  void toString_showsNeitherQueryNorHeaders() {
    TransportRequest request = TransportRequest.postJson(URI_WITH_TOKEN, "{}")
        .withHeader("Authorization", "SECRET-SIGNATURE");

    assertThat(request)
        .hasToString("POST https://partner.example.com/api/v2/product/add_item (2 bytes)");
  }

  @Test
  void toString_showsHostAndPortButNotUserInformation() {
    TransportRequest request = TransportRequest.get(
        URI.create("http://user:EXAMPLE-password@127.0.0.1:8443/rest/products/get?sign=ABC"));

    assertThat(request).hasToString("GET http://127.0.0.1:8443/rest/products/get (0 bytes)");
  }

  @Test
  void multipart_writesRfc7578Parts() {
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xd9};

    TransportRequest request = TransportRequest.multipart(
        URI.create("https://open-api.example.com/product/202309/images/upload"),
        "BOUNDARY123",
        List.of(
            MultipartPart.field("use_case", "MAIN_IMAGE"),
            MultipartPart.file("data", "image-1.jpg", "image/jpeg", jpeg)));

    byte[] expectedHead = ("--BOUNDARY123\r\n"
            + "Content-Disposition: form-data; name=\"use_case\"\r\n"
            + "\r\n"
            + "MAIN_IMAGE\r\n"
            + "--BOUNDARY123\r\n"
            + "Content-Disposition: form-data; name=\"data\"; filename=\"image-1.jpg\"\r\n"
            + "Content-Type: image/jpeg\r\n"
            + "\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] expectedTail = "\r\n--BOUNDARY123--\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] body = request.body();
    assertThat(body).startsWith(expectedHead).endsWith(expectedTail);
    assertThat(body).hasSize(expectedHead.length + jpeg.length + expectedTail.length);
    assertThat(request.header("Content-Type"))
        .contains("multipart/form-data; boundary=BOUNDARY123");
  }

  @Test
  void multipart_whenTheBoundaryOccursInAPart_fails() {
    assertThatThrownBy(() -> TransportRequest.multipart(
            URI_WITH_TOKEN, "abc", List.of(MultipartPart.field("note", "x--abcx"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("boundary must not occur in the content of part note: \"abc\"");
  }

  @Test
  void multipart_rejectsAMalformedBoundaryAndNoParts() {
    assertThatThrownBy(() -> TransportRequest.multipart(
            URI_WITH_TOKEN, "has space", List.of(MultipartPart.field("a", "b"))))
        .hasMessage("boundary must be 1..70 characters of RFC 2046 without spaces: \"has space\"");
    assertThatThrownBy(() -> TransportRequest.multipart(URI_WITH_TOKEN, "b", List.of()))
        .hasMessage("parts must have at least one entry: 0");
  }

  @Test
  void newBoundary_isDeterministicForASeed() {
    String a = TransportRequest.newBoundary(new Random(7));
    String b = TransportRequest.newBoundary(new Random(7));

    assertThat(a).isEqualTo(b).matches("craftmark-[0-9a-f]{32}");
  }

  @Test
  void constructor_rejectsBadMethodUriAndHeaders() {
    assertThatThrownBy(() -> new TransportRequest("get", URI_WITH_TOKEN, Map.of(), null))
        .hasMessage("method must be an upper-case HTTP method: \"get\"");
    assertThatThrownBy(() -> TransportRequest.get(URI.create("ftp://example.com/x?token=SECRET")))
        .hasMessage("uri must be an absolute http or https URI: \"ftp://example.com\"");
    assertThatThrownBy(() -> TransportRequest.get(URI_WITH_TOKEN).withHeader("Bad Name", "v"))
        .hasMessage("header name must be an RFC 9110 token: \"Bad Name\"");
    assertThatThrownBy(() -> TransportRequest.get(URI_WITH_TOKEN)
            .withHeader("Authorization", "SECRET\r\nX-Injected: 1"))
        .hasMessage("headers[Authorization] must not contain line breaks, NUL or non-Latin-1"
            + " characters");
  }

  @Test
  void equals_comparesBodyContent() {
    TransportRequest a = TransportRequest.postJson(URI_WITH_TOKEN, "{}");
    TransportRequest b = TransportRequest.postJson(URI_WITH_TOKEN, "{}");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(TransportRequest.postJson(URI_WITH_TOKEN, "[]"));
    assertThat(TransportRequest.get(URI_WITH_TOKEN).body()).isEmpty();
  }
}
