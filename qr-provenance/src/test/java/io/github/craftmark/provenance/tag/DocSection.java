package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a generated section of {@code docs/tag-format.md} (between {@code <!-- name:begin -->} and
 * {@code <!-- name:end -->}) equal to what the code computes. Run the tests with {@code
 * -Dcraftmark.writeDocs=true} to rewrite the sections after a deliberate change.
 */
final class DocSection {
  private static final Path DOC = Path.of("..", "docs", "tag-format.md");

  private DocSection() {}

  static void check(String name, String generated) throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String begin = "<!-- " + name + ":begin -->\n";
    String end = "<!-- " + name + ":end -->";
    int from = doc.indexOf(begin);
    int to = doc.indexOf(end);
    assertThat(from).as("docs/tag-format.md has %s", begin.strip()).isNotNegative();
    assertThat(to).as("docs/tag-format.md has %s after its begin", end).isGreaterThan(from);
    String current = doc.substring(from + begin.length(), to);
    if (Boolean.getBoolean("craftmark.writeDocs")) {
      Files.writeString(
          DOC,
          doc.substring(0, from + begin.length()) + generated + doc.substring(to),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(current)
        .as("section %s of docs/tag-format.md (rewrite it with -Dcraftmark.writeDocs=true)", name)
        .isEqualTo(generated);
  }
}
