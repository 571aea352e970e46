package io.github.craftmark.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {
  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void read_oneDocument_givesItsTree() {
    assertThat(Json.read(utf8("{\"code\":0,\"name\":\"Bình gốm\"}"))).hasValueSatisfying(root -> {
      assertThat(root.path("code").asInt()).isZero();
      assertThat(root.path("name").asText()).isEqualTo("Bình gốm");
    });
    assertThat(Json.read(utf8("[1,2]")))
        .hasValueSatisfying(r -> assertThat(r.size()).isEqualTo(2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "{", "{\"a\":1} trailing", "{\"a\":1}{\"b\":2}", "<html>"})
  void read_whenNotExactlyOneDocument_isEmpty(String body) {
    assertThat(Json.read(utf8(body))).isEmpty();
  }

  @Test
  void read_whenNull_isEmpty() {
    assertThat(Json.read(null)).isEmpty();
  }

  @Test
  void read_whenNestedDeeperThan64_isEmpty() {
    String deep = "[".repeat(65) + "]".repeat(65);
    String fine = "[".repeat(60) + "]".repeat(60);

    assertThat(Json.read(utf8(deep))).isEmpty();
    assertThat(Json.read(utf8(fine))).isPresent();
  }

  @Test
  void readObject_whenTheDocumentIsNotAnObject_isEmpty() {
    assertThat(Json.readObject(utf8("[{\"a\":1}]"))).isEmpty();
    assertThat(Json.readObject(utf8("\"text\""))).isEmpty();
    assertThat(Json.readObject(utf8("{\"a\":1}"))).isPresent();
  }

  @Test
  void bytesAndText_writeCompactUtf8() {
    var node = Json.object().put("item_name", "Khăn lụa").put("price", 350000);

    assertThat(Json.text(node)).isEqualTo("{\"item_name\":\"Khăn lụa\",\"price\":350000}");
    assertThat(Json.bytes(node)).isEqualTo(utf8(Json.text(node)));
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 20).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void read_randomAndMutatedBytes_neverThrows(long seed) {
    Random random = new Random(seed);
    byte[] valid = utf8("{\"code\":\"0\",\"data\":{\"items\":[1,2,3],\"name\":\"Vạn Phúc\"}}");
    for (int i = 0; i < 200; i++) {
      byte[] body = random.nextBoolean() ? new byte[random.nextInt(200)] : valid.clone();
      if (body.length != valid.length || random.nextBoolean()) {
        random.nextBytes(body);
      } else {
        body[random.nextInt(body.length)] = (byte) random.nextInt(256);
      }

      assertThat(Json.read(body)).isNotNull();
    }
  }
}
