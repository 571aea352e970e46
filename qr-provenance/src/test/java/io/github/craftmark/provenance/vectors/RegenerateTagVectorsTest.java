package io.github.craftmark.provenance.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites the vectors under {@code src/test/resources/vectors/}, only when asked:
 *
 * <pre>
 * mvn -o -pl qr-provenance test -Dtest=RegenerateTagVectorsTest -Dvectors.regenerate=true
 * </pre>
 *
 * <p>Regenerate when the format changes on purpose; {@code TagVectorsTest} fails as long as the
 * files and the generator disagree.
 */
@EnabledIfSystemProperty(named = "vectors.regenerate", matches = "true")
class RegenerateTagVectorsTest {

  @Test
  void regenerate_writesTheSuiteUnderTestResources() throws IOException {
    // Maven runs tests in the module's directory.
    Path resources = Path.of("src", "test", "resources");
    assertThat(resources).as("run from the qr-provenance module directory").isDirectory();
    Path root = resources.resolve("vectors");
    TagVectorGenerator.writeTo(root);
    assertThat(root.resolve(TagVectorGenerator.INDEX)).isRegularFile();
  }
}
