package io.github.craftmark.provenance.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.key.TagPublicKey;
import io.github.craftmark.provenance.tag.TagVerdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every known-answer vector under {@code src/test/resources/vectors/} through our pipeline
 * stage by stage and checks each {@code EXPECTED…} flag (absent: skipped, true: the stage must
 * pass, false: it must fail) and the verdict's reason; and checks that the generator still makes
 * exactly these files, so that the vectors are pinned.
 */
class TagVectorsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Set<String> TOP_FIELDS = Set.of(
      "JSON",
      "CBOR",
      "COSE",
      "COMPACT",
      "DIGITS",
      "PREFIX",
      "2DCODE",
      "TESTCTX",
      "EXPECTEDRESULTS");

  private static final Set<String> CONTEXT_FIELDS = Set.of(
      "VERSION",
      "SCHEMA",
      "SIGNERPUBLICKEY",
      "JWK",
      "SIGNERKEYFILE",
      "CERTIFICATE",
      "AUTHORITYROOTKEY",
      "TRUSTLIST",
      "TRUSTLISTCLOCK",
      "VALIDATIONCLOCK",
      "DESCRIPTION");

  static Path root() {
    URL url = TagVectorsTest.class.getResource("/vectors/" + TagVectorGenerator.INDEX);
    assertThat(url).as("the vectors are on the test class path").isNotNull();
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every vector file: its path under {@code vectors/} without {@code .json}, and its content. */
  static Stream<Arguments> vectors() throws IOException {
    Path root = root();
    List<Arguments> out = new ArrayList<>();
    for (String dir : List.of(TagVectorGenerator.VALID_DIR, TagVectorGenerator.COMMON_DIR)) {
      try (Stream<Path> files = Files.list(root.resolve(dir))) {
        for (Path file : files.sorted().toList()) {
          String name = root.relativize(file).toString().replace('\\', '/');
          out.add(Arguments.of(name.substring(0, name.length() - ".json".length()), read(file)));
        }
      }
    }
    return out.stream();
  }

  static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void vector_passesAndFailsTheStagesItsFlagsSay(String id, JsonNode vector) {
    TagVectorStages stages = new TagVectorStages(vector);
    JsonNode expected = vector.get("EXPECTEDRESULTS");
    SoftAssertions soft = new SoftAssertions();
    for (String flag : TagVectorGenerator.FLAGS) {
      JsonNode value = expected.get(flag);
      if (value != null) {
        soft.assertThat(stages.run(flag)).as("%s %s", id, flag).isEqualTo(value.booleanValue());
      }
    }
    JsonNode reason = expected.get(TagVectorGenerator.REASON);
    if (reason != null) {
      TagVerdict verdict = stages.verdict();
      soft.assertThat(verdict.rejectionReason().map(r -> r.code()))
          .as("%s verdict (%s)", id, verdict)
          .contains(reason.textValue());
    }
    soft.assertAll();
  }

  /** The vectors whose picture holds their text. */
  static Stream<Arguments> pictureVectors() throws IOException {
    return vectors().filter(a -> {
      JsonNode v = (JsonNode) a.get()[1];
      return v.has("PREFIX")
          && v.get("EXPECTEDRESULTS").path("EXPECTEDPICTUREDECODE").asBoolean(false);
    });
  }

  /** The vectors of genuine tags. */
  static Stream<Arguments> genuineVectors() throws IOException {
    return vectors()
        .filter(a ->
            ((JsonNode) a.get()[1]).get("EXPECTEDRESULTS").path("EXPECTEDTRUST").asBoolean(false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pictureVectors")
  void vector_readFromItsPicture_getsTheVerdictOfItsText(String id, JsonNode vector) {
    TagVectorStages stages = new TagVectorStages(vector);
    TagVerdict fromPicture = stages.verdict();
    TagVerdict fromText = stages.textVerdict();
    // Verified tags have no equals: compare what they hold.
    assertThat(fromPicture.rejectionReason()).as(id).isEqualTo(fromText.rejectionReason());
    assertThat(fromPicture.verifiedTag().map(t -> List.of(t.claims(), t.member(), t.brand())))
        .as(id)
        .isEqualTo(fromText.verifiedTag().map(t -> List.of(t.claims(), t.member(), t.brand())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("genuineVectors")
  void genuineVector_verifiesToTheClaimsOfItsJson(String id, JsonNode vector) {
    TagVerdict verdict = new TagVectorStages(vector).verdict();
    assertThat(verdict.verifiedTag()).as(id).hasValueSatisfying(tag -> assertThat(
            ClaimsJson.toJson(tag.claims()))
        .isEqualTo(vector.get("JSON")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void vector_hasTheShapeOfTheSuite(String id, JsonNode vector) {
    assertThat(names(vector)).as(id).isSubsetOf(TOP_FIELDS).contains("TESTCTX", "EXPECTEDRESULTS");
    JsonNode context = vector.get("TESTCTX");
    assertThat(names(context))
        .as(id)
        .isSubsetOf(CONTEXT_FIELDS)
        .contains(
            "VERSION",
            "SCHEMA",
            "AUTHORITYROOTKEY",
            "TRUSTLIST",
            "TRUSTLISTCLOCK",
            "VALIDATIONCLOCK",
            "DESCRIPTION");
    List<String> results = new ArrayList<>(TagVectorGenerator.FLAGS);
    results.add(TagVectorGenerator.REASON);
    assertThat(names(vector.get("EXPECTEDRESULTS"))).as(id).isNotEmpty().isSubsetOf(results);

    String description = context.get("DESCRIPTION").textValue();
    boolean valid = description.startsWith("VALID: ");
    assertThat(valid || description.startsWith("INVALID: ")).as(id).isTrue();
    JsonNode expected = vector.get("EXPECTEDRESULTS");
    // A VALID case must be genuine; an INVALID one names the reason it is rejected for.
    assertThat(expected.path("EXPECTEDTRUST").asBoolean(false)).as(id).isEqualTo(valid);
    assertThat(expected.has(TagVectorGenerator.REASON)).as(id).isEqualTo(!valid);
    if (context.has("SIGNERPUBLICKEY")) {
      TagPublicKey key = new TagVectorStages(vector).signerKey();
      assertThat(TagPublicKey.fromJwk(context.get("JWK").toString())).as(id).isEqualTo(key);
      String pem = readString(root().resolve(context.get("SIGNERKEYFILE").textValue()));
      assertThat(TagKeyPair.fromPkcs8Pem(pem).publicKey()).as(id).isEqualTo(key);
    }
  }

  @Test
  void suite_hasTheCasesTheFormatNeeds() throws IOException {
    List<JsonNode> all = vectors().map(a -> (JsonNode) a.get()[1]).toList();
    List<String> ids = vectors().map(a -> (String) a.get()[0]).toList();
    long valid = all.stream()
        .filter(v -> v.get("TESTCTX").get("DESCRIPTION").textValue().startsWith("VALID"))
        .count();
    assertThat(valid).isGreaterThanOrEqualTo(20);
    assertThat(all.size() - valid).isGreaterThanOrEqualTo(30);
    for (String layer : TagVectorGenerator.LAYERS.keySet()) {
      assertThat(ids)
          .as("layer " + layer)
          .anyMatch(id -> id.matches(TagVectorGenerator.COMMON_DIR + layer + "\\d+"));
    }
    // Both algorithms among the VALID cases: profile digits 1 (Ed25519) and 2 (ES256).
    Set<Character> profiles = new TreeSet<>();
    for (JsonNode v : all) {
      if (v.path("EXPECTEDRESULTS").path("EXPECTEDTRUST").asBoolean(false)) {
        String text = v.get("PREFIX").textValue();
        profiles.add(text.charAt(text.lastIndexOf('/') + 1));
      }
    }
    assertThat(profiles).containsExactly('1', '2');
  }

  @Test
  void generator_makesExactlyTheFilesOnDisk_byteForByte() throws IOException {
    SortedMap<String, byte[]> generated = TagVectorGenerator.generate();
    Path root = root();
    SortedMap<String, byte[]> onDisk = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        onDisk.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    assertThat(onDisk.keySet()).isEqualTo(generated.keySet());
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : generated.entrySet()) {
      if (!Arrays.equals(file.getValue(), onDisk.get(file.getKey()))) {
        changed.add(file.getKey());
      }
    }
    assertThat(changed)
        .as("files the generator now makes differently (regenerate with -Dvectors.regenerate=true"
            + " only when the format changes on purpose)")
        .isEmpty();
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new TreeSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
