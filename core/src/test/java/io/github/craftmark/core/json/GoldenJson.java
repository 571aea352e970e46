package io.github.craftmark.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Golden-file checks for the JSON format: a value written with {@link CraftMarkJson} must equal the
 * file under {@code src/test/resources/json/} byte for byte, and the file must read back to an
 * equal value. A change to a golden file is a deliberate change of the wire format.
 */
public final class GoldenJson {
  /** The mapper every golden test uses, configured exactly as users get it. */
  public static final ObjectMapper MAPPER = CraftMarkJson.newObjectMapper();

  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private GoldenJson() {}

  /** Writes {@code value} as pretty JSON with "\n" line ends and a final newline. */
  public static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the golden file at {@code resource} (relative to {@code /json/}) as UTF-8 text. */
  public static String golden(String resource) {
    try (InputStream in = GoldenJson.class.getResourceAsStream("/json/" + resource)) {
      if (in == null) {
        throw new AssertionError("missing golden file src/test/resources/json/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code value} writes to the golden file byte for byte and that the file reads back
   * to a value equal to {@code value}.
   */
  public static <T> void assertMatchesGolden(T value, Class<T> type, String resource) {
    String expected = golden(resource);
    assertThat(write(value)).as("JSON written for %s", resource).isEqualTo(expected);
    try {
      T back = MAPPER.readValue(expected, type);
      assertThat(back).as("value read from %s", resource).isEqualTo(value);
      assertThat(write(back)).as("re-written %s", resource).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
