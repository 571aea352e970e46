package io.github.craftmark.platform.internal.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QueryStringTest {
  @Test
  void encode_keepsOrderAndEncodesAsRfc3986() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("ids", "576461413038785752,576461413038785753");
    query.put("page_token", "b2Zm+c2V0/PTEwMA==");
    query.put("q", "Gốm sứ ~*");

    assertThat(QueryString.encode(query))
        .isEqualTo("ids=576461413038785752%2C576461413038785753"
            + "&page_token=b2Zm%2Bc2V0%2FPTEwMA%3D%3D"
            + "&q=G%E1%BB%91m%20s%E1%BB%A9%20~%2A");
  }

  @ParameterizedTest
  @MethodSource("io.github.craftmark.platform.internal.tiktok.Fuzz#seeds")
  void component_anyText_decodesBackUnchanged(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      for (int c = random.nextInt(20); c > 0; c--) {
        int cp = random.nextInt(4) == 0 ? 0x1F000 + random.nextInt(0x300) : random.nextInt(0x2000);
        if (!Character.isSurrogate((char) cp)) {
          text.appendCodePoint(cp);
        }
      }

      String encoded = QueryString.component(text.toString());

      assertThat(encoded).matches("[A-Za-z0-9._~%-]*");
      assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(text.toString());
    }
  }
}
