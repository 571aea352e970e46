package io.github.craftmark.platform.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the compiled module descriptor: every API package is exported, no {@code internal} one
 * is, the SPI is a service the module uses, and it needs only core of ours. Tests run on the class
 * path, so this is where the module boundary is held.
 */
class ModuleDescriptorTest {
  private static final Path CLASSES = Path.of("target", "classes");

  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  private static Set<String> packagesWithClasses() throws IOException {
    try (Stream<Path> files = Files.walk(CLASSES)) {
      return files
          .filter(p -> p.toString().endsWith(".class"))
          .filter(p -> !p.getFileName().toString().equals("module-info.class"))
          .filter(p -> !p.getFileName().toString().equals("package-info.class"))
          .map(p -> CLASSES.relativize(p.getParent()).toString().replace('/', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void module_isNamedIoGithubCraftmarkPlatform() throws IOException {
    assertThat(descriptor().name()).isEqualTo("io.github.craftmark.platform");
  }

  @Test
  void exports_everyApiPackageAndNoInternalOne() throws IOException {
    Set<String> exported = descriptor().exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> api = packagesWithClasses().stream()
        .filter(p -> !p.contains(".internal"))
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(exported).isEqualTo(api);
    assertThat(exported).noneMatch(p -> p.contains("internal"));
  }

  @Test
  void uses_theAdapterProviderService() throws IOException {
    assertThat(descriptor().uses())
        .containsExactly("io.github.craftmark.platform.MarketplaceAdapterProvider");
  }

  @Test
  void requires_coreAndNoOtherModuleOfOurs() throws IOException {
    assertThat(descriptor().requires())
        .extracting(ModuleDescriptor.Requires::name)
        .filteredOn(name -> name.startsWith("io.github.craftmark"))
        .containsExactly("io.github.craftmark.core");
  }
}
