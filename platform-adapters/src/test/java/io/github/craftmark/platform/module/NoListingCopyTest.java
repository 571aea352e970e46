package io.github.craftmark.platform.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.platform.Listing;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.ListingSku;
import io.github.craftmark.platform.PublishedListing;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Shopee's partner rules forbid one-way migration of listings out of Shopee into a competitor, so
 * the SDK offers no way to turn a listing read from one marketplace into a listing for another:
 * nothing public takes a {@link Listing} (or one of its SKUs) and gives something to publish.
 */
class NoListingCopyTest {
  private static final Path CLASSES = Path.of("target", "classes");
  private static final Set<Class<?>> READ_BACK = Set.of(Listing.class, ListingSku.class);
  private static final Set<Class<?>> PUBLISHABLE = Set.of(
      ListingRequest.class,
      ListingRequest.Builder.class,
      ListingDraft.class,
      PublishedListing.class);

  @Test
  void noPublicMethodOrConstructor_turnsAListingReadBackIntoSomethingToPublish()
      throws IOException, ClassNotFoundException {
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : publicApiClasses()) {
      List<Executable> members = new ArrayList<>(Arrays.asList(type.getMethods()));
      members.addAll(Arrays.asList(type.getConstructors()));
      for (Executable member : members) {
        boolean readsBack = Arrays.stream(member.getParameterTypes()).anyMatch(READ_BACK::contains);
        Class<?> gives = member instanceof Method m ? m.getReturnType() : type;
        if (readsBack && PUBLISHABLE.contains(gives)) {
          offenders.add(type.getName() + "." + member.getName());
        }
      }
    }

    assertThat(offenders).isEmpty();
  }

  @Test
  void theCheckSeesTheWholeApi() throws IOException, ClassNotFoundException {
    assertThat(publicApiClasses())
        .contains(ListingRequest.class, Listing.class)
        .hasSizeGreaterThan(50);
  }

  private static List<Class<?>> publicApiClasses() throws IOException, ClassNotFoundException {
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = CLASSES.relativize(file).toString().replace('/', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.endsWith("module-info")
            || name.endsWith("package-info")
            || name.contains(".internal")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, NoListingCopyTest.class.getClassLoader());
        if (Modifier.isPublic(type.getModifiers())) {
          classes.add(type);
        }
      }
    }
    return classes;
  }
}
