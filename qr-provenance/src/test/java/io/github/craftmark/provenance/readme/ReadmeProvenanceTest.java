package io.github.craftmark.provenance.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps README.md's signed-tag example true: the Java block between the {@code
 * provenance-quick-start} markers is
 * compiled against this module and run, and what it prints is checked.
 */
class ReadmeProvenanceTest {
  private static final Pattern BLOCK = Pattern.compile(
      "<!-- provenance-quick-start:begin -->\\s*```java\\n(.*?)```\\s*<!-- provenance-quick-start:end -->",
      Pattern.DOTALL);

  @Test
  void quickStart_compilesAndRuns(@TempDir Path out) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher matcher = BLOCK.matcher(readme);
    assertThat(matcher.find()).as("README.md has a quick-start java block").isTrue();
    String source = matcher.group(1);
    Matcher className = Pattern.compile("public class (\\w+)").matcher(source);
    assertThat(className.find()).as("the quick-start declares a public class").isTrue();

    compile(className.group(1), source, out);
    String printed = run(className.group(1), out);

    assertThat(printed).as("what the quick-start prints").isNotBlank().doesNotContain("Exception");
    Matcher expected = Pattern.compile("// prints: (.*)").matcher(source);
    while (expected.find()) {
      // The README shows a no-break space as a plain one.
      assertThat(printed.replace('\u00a0', ' ')).contains(expected.group(1).strip());
    }
  }

  private static void compile(String name, String source, Path out) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
      JavaFileObject unit =
          new SimpleJavaFileObject(
              URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return source;
            }
          };
      List<String> options = List.of(
          "--release",
          "17",
          "-classpath",
          System.getProperty("java.class.path"),
          "-d",
          out.toString());
      boolean ok = compiler
          .getTask(null, files, diagnostics, options, null, List.of(unit))
          .call();
      assertThat(ok)
          .as("README quick-start compiles: %s", diagnostics.getDiagnostics())
          .isTrue();
    }
  }

  private static String run(String name, Path classes) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {classes.toUri().toURL()}, ReadmeProvenanceTest.class.getClassLoader())) {
      Method main = loader.loadClass(name).getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
