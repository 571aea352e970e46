package io.github.craftmark.provenance.qr;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs zbarimg (Debian package zbar-tools), a QR decoder independent of ZXing and of us. */
final class Zbarimg {
  private Zbarimg() {}

  /** Returns the text zbarimg reads from an image file, or empty when it finds no symbol. */
  static Optional<String> read(Path image) {
    Process process;
    try {
      process = new ProcessBuilder("zbarimg", "--raw", "-q", image.toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      return fail(
          "zbarimg is needed to cross-check our QR images with an independent decoder; install the"
              + " Debian package zbar-tools (sudo apt-get install zbar-tools)",
          e);
    }
    try {
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return fail("zbarimg did not finish within 60 s on " + image);
      }
      int exit = process.exitValue();
      if (exit == 4) {
        return Optional.empty();
      }
      if (exit != 0) {
        return fail("zbarimg failed with exit code " + exit + " on " + image);
      }
      String text = new String(out, StandardCharsets.UTF_8);
      return Optional.of(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
    } catch (IOException e) {
      return fail("could not read zbarimg's output", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted while waiting for zbarimg", e);
    }
  }
}
