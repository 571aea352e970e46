package io.github.craftmark.provenance.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code openssl} command line, an implementation other than ours to check signatures with.
 * Tests that need it are skipped, not failed, where it is not installed.
 */
public final class Openssl {
  private Openssl() {}

  /**
   * What a run of {@code openssl} gave.
   *
   * @param exit its exit status
   * @param output its standard output and error together
   */
  public record Result(int exit, String output) {}

  /** Skips the calling test when the {@code openssl} command line is not installed. */
  public static void require() {
    assumeTrue(isAvailable(), "the openssl command line is not installed: cross-check skipped");
  }

  private static boolean isAvailable() {
    try {
      Process process =
          new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Runs {@code openssl} with these arguments in a directory.
   *
   * @param directory where file arguments are
   * @param arguments e.g. {@code "pkey", "-in", "key.pem"}
   * @return its exit status and output
   * @throws IOException when it cannot be started
   * @throws InterruptedException when interrupted while waiting
   */
  public static Result run(Path directory, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("openssl");
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command)
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("openssl finished").isTrue();
    return new Result(process.exitValue(), output);
  }

  /**
   * Verifies a raw Ed25519 signature over a whole file: {@code openssl pkeyutl -verify -rawin}.
   *
   * @param directory where the files are
   * @param publicKeyPem the SPKI PEM file of the key
   * @param message the signed file
   * @param signature the file of the 64-byte signature
   * @return its exit status (0 when the signature verifies) and output
   * @throws IOException when it cannot be started
   * @throws InterruptedException when interrupted while waiting
   */
  public static Result verifyEd25519(
      Path directory, String publicKeyPem, String message, String signature)
      throws IOException, InterruptedException {
    return run(
        directory,
        "pkeyutl",
        "-verify",
        "-pubin",
        "-inkey",
        publicKeyPem,
        "-rawin",
        "-in",
        message,
        "-sigfile",
        signature);
  }
}
