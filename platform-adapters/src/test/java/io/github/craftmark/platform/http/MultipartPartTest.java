package io.github.craftmark.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultipartPartTest {
  @Test
  void field_encodesTheValueAsUtf8() {
    MultipartPart part = MultipartPart.field("note", "Gốm");

    assertThat(part.content()).isEqualTo("Gốm".getBytes(StandardCharsets.UTF_8));
    assertThat(part.fileName()).isEmpty();
    assertThat(part.contentType()).isEmpty();
  }

  @Test
  void file_copiesTheBytesInAndOut() {
    byte[] bytes = {1, 2};
    MultipartPart part = MultipartPart.file("data", "a.png", "image/png", bytes);

    bytes[0] = 7;
    part.content()[1] = 7;

    assertThat(part.content()).containsExactly(1, 2);
    assertThat(part).isEqualTo(MultipartPart.file("data", "a.png", "image/png", new byte[] {1, 2}));
    assertThat(part).hasToString("MultipartPart[data, a.png, image/png, 2 bytes]");
  }

  @Test
  void names_withQuotesOrLineBreaks_areRefused() {
    assertThatThrownBy(() -> MultipartPart.field("a\"b", "x"))
        .hasMessage("name must not contain quotes, backslashes or control characters: \"a\"b\"");
    assertThatThrownBy(() -> MultipartPart.file("data", "a\r\n.png", "image/png", new byte[1]))
        .hasMessage("fileName must not contain quotes, backslashes or control characters:"
            + " \"a\\u000d\\u000a.png\"");
    assertThatThrownBy(() -> new MultipartPart("", Optional.empty(), Optional.empty(), new byte[0]))
        .hasMessage("name must be 1..200 characters: \"\"");
  }
}
