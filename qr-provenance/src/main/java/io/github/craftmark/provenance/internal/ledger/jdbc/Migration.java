package io.github.craftmark.provenance.internal.ledger.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned schema migration: a script of SQL statements, applied once, in version order.
 *
 * <p>A script holds statements separated by a {@code ;} at the end of a line; lines starting with
 * {@code --} are comments. No statement may contain a {@code ;} at the end of a line of its own
 * (no function bodies), which keeps the splitter trivial. The checksum is the SHA-256 of the script
 * with line ends normalised to {@code \n}, so a checkout with other line ends applies the same.
 *
 * @param version 1, 2, …
 * @param description the words after {@code __} in the file name, e.g. {@code "ledger"}
 * @param script the SQL text
 */
public record Migration(int version, String description, String script) {
  /** The scripts of every dialect, in version order; each dialect has a file of each name. */
  static final List<String> FILES = List.of("V1__ledger.sql");

  private static final Pattern FILE_NAME =
      Pattern.compile("V([1-9][0-9]{0,8})__([a-z0-9_]+)\\.sql");
  private static final Pattern STATEMENT_END = Pattern.compile(";[ \\t]*(?:\\n|$)");

  /**
   * Checks the fields.
   *
   * @param version 1, 2, …
   * @param description the words after {@code __} in the file name
   * @param script the SQL text
   */
  public Migration {
    if (version < 1) {
      throw new IllegalArgumentException("migration version must be at least 1: " + version);
    }
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("migration description must not be blank");
    }
    if (script == null) {
      throw new IllegalArgumentException("migration script must not be null");
    }
  }

  /**
   * Reads the migrations of a dialect from the class path.
   *
   * @param dialect the dialect
   * @return its migrations, in version order
   */
  public static List<Migration> load(Dialect dialect) {
    List<Migration> migrations = new ArrayList<>();
    for (String file : FILES) {
      String resource = "/" + dialect.migrationFolder() + "/" + file;
      try (InputStream in = Migration.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing migration resource " + resource);
        }
        migrations.add(fromFile(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read migration resource " + resource, e);
      }
    }
    return List.copyOf(migrations);
  }

  /**
   * Makes a migration from a file name of the form {@code V<version>__<description>.sql}.
   *
   * @param fileName e.g. {@code "V1__ledger.sql"}
   * @param script the file's text
   * @return the migration
   */
  public static Migration fromFile(String fileName, String script) {
    Matcher m = FILE_NAME.matcher(fileName);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "migration file name must be V<version>__<description>.sql: " + fileName);
    }
    return new Migration(Integer.parseInt(m.group(1)), m.group(2), script);
  }

  /**
   * Returns the name of this migration as in messages and the version table.
   *
   * @return e.g. {@code "V1__ledger"}
   */
  public String name() {
    return "V" + version + "__" + description;
  }

  /**
   * Returns the SHA-256 of the script with {@code \n} line ends, as 64 lower-case hex digits.
   *
   * @return the checksum
   */
  public String checksum() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(normalised().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /**
   * Splits the script into its statements, without comments and the closing {@code ;}.
   *
   * @return the statements, in order
   */
  public List<String> statements() {
    StringBuilder code = new StringBuilder();
    for (String line : normalised().split("\n", -1)) {
      if (!line.strip().startsWith("--")) {
        code.append(line).append('\n');
      }
    }
    List<String> statements = new ArrayList<>();
    Matcher end = STATEMENT_END.matcher(code);
    int start = 0;
    while (end.find()) {
      addStatement(statements, code.substring(start, end.start()));
      start = end.end();
    }
    if (!code.substring(start).isBlank()) {
      throw new IllegalArgumentException(name() + " must end its last statement with ;");
    }
    return List.copyOf(statements);
  }

  private void addStatement(List<String> statements, String statement) {
    if (statement.isBlank()) {
      throw new IllegalArgumentException(
          name() + " has an empty statement after statement " + statements.size());
    }
    statements.add(statement.strip());
  }

  private String normalised() {
    return script.replace("\r\n", "\n").replace('\r', '\n');
  }
}
