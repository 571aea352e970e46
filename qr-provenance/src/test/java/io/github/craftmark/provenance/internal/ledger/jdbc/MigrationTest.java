package io.github.craftmark.provenance.internal.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationTest {
  @Test
  void fromFile_readsVersionAndDescriptionFromTheName() {
    Migration m = Migration.fromFile("V12__add_claim_place.sql", "SELECT 1;\n");

    assertThat(m.version()).isEqualTo(12);
    assertThat(m.description()).isEqualTo("add_claim_place");
    assertThat(m.name()).isEqualTo("V12__add_claim_place");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"V0__x.sql", "V1_x.sql", "v1__x.sql", "V1__x.SQL", "V1__X.sql", "V01__x.sql", ""})
  void fromFile_whenNameIsNotVersioned_isRejected(String name) {
    assertThatThrownBy(() -> Migration.fromFile(name, "SELECT 1;"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("migration file name must be V<version>__<description>.sql: " + name);
  }

  @Test
  void statements_splitAtSemicolonsThatEndALine_andDropCommentLines() {
    Migration m = Migration.fromFile(
        "V1__x.sql",
        "-- a comment; with a semicolon;\n"
            + "CREATE TABLE a (\n  id INT -- trailing comment\n);\n\n"
            + "  -- indented comment\n"
            + "INSERT INTO a VALUES (1); \n"
            + "SELECT ';' FROM a;");

    assertThat(m.statements())
        .containsExactly(
            "CREATE TABLE a (\n  id INT -- trailing comment\n)",
            "INSERT INTO a VALUES (1)",
            "SELECT ';' FROM a");
  }

  @Test
  void statements_whenLastStatementHasNoSemicolon_isRejected() {
    Migration m = Migration.fromFile("V3__x.sql", "SELECT 1;\nSELECT 2\n");

    assertThatThrownBy(m::statements)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("V3__x must end its last statement with ;");
  }

  @Test
  void statements_whenAStatementIsEmpty_isRejected() {
    Migration m = Migration.fromFile("V3__x.sql", "SELECT 1;\n;\n");

    assertThatThrownBy(m::statements)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("V3__x has an empty statement after statement 1");
  }

  @Test
  void checksum_isSha256OfTheScriptWithUnixLineEnds() {
    Migration unix = Migration.fromFile("V1__x.sql", "SELECT 1;\n");
    Migration windows = Migration.fromFile("V1__x.sql", "SELECT 1;\r\n");
    Migration changed = Migration.fromFile("V1__x.sql", "SELECT 2;\n");

    // printf 'SELECT 1;\n' | sha256sum
    assertThat(unix.checksum())
        .isEqualTo("b4e0497804e46e0a0b0b8c31975b062152d551bac49c3c2e80932567b4085dcd")
        .isEqualTo(windows.checksum())
        .isNotEqualTo(changed.checksum());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void load_readsTheShippedScriptsOfEachDialect(Dialect dialect) {
    List<Migration> migrations = Migration.load(dialect);

    assertThat(migrations).extracting(Migration::name).containsExactly("V1__ledger");
    assertThat(migrations.get(0).statements()).hasSize(10);
  }

  @Test
  void load_givesBothDialectsTheSameTablesAndIndexes() {
    assertThat(createdObjects(Dialect.H2)).isEqualTo(createdObjects(Dialect.POSTGRESQL));
  }

  private static List<String> createdObjects(Dialect dialect) {
    return Migration.load(dialect).stream()
        .flatMap(m -> m.statements().stream())
        .map(s -> s.replace(" IF NOT EXISTS", "").split("\\s+"))
        .map(words -> words[1] + " " + words[2])
        .toList();
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 20).mapToObj(i -> 0x5eedL * 31 + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void statements_onRandomText_splitsOrRejectsWithoutOtherExceptions(long seed) {
    Random random = new Random(seed);
    String alphabet = "SELECT 1;-\n\r\t '";
    for (int round = 0; round < 200; round++) {
      StringBuilder script = new StringBuilder();
      int length = random.nextInt(80);
      for (int i = 0; i < length; i++) {
        script.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Migration m = Migration.fromFile("V1__fuzz.sql", script.toString());
      try {
        assertThat(m.statements()).allSatisfy(s -> assertThat(s).isNotBlank().isEqualTo(s.strip()));
      } catch (IllegalArgumentException expected) {
        assertThat(expected).hasMessageStartingWith("V1__fuzz ");
      }
      assertThat(m.checksum()).hasSize(64);
    }
  }
}
