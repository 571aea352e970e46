package io.github.craftmark.provenance.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.ledger.ClaimOutcome;
import io.github.craftmark.provenance.ledger.LedgerException;
import io.github.craftmark.provenance.ledger.LedgerSalt;
import io.github.craftmark.provenance.ledger.ScanPlace;
import io.github.craftmark.provenance.ledger.ScanRecord;
import io.github.craftmark.provenance.tag.TagSerial;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2LedgersTest {
  private static final Instant T0 = Instant.parse("2025-07-15T03:04:05.678Z");
  private static final ScanPlace HA_NOI = ScanPlace.province("01");

  @TempDir
  Path dir;

  @Test
  void inDirectory_createsTheDirectoryAndOneDatabaseFile() throws Exception {
    Path dataDir = dir.resolve("shop/data");

    try (JdbcScanLedger ledger = H2Ledgers.inDirectory(dataDir)) {
      ledger.record(ScanRecord.genuine(TagSerial.random(new SecureRandom()), T0, HA_NOI));
    }

    try (var files = Files.list(dataDir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly("craftmark-ledger.mv.db");
    }
  }

  @Test
  void inDirectory_whenOpenedAgain_keepsScansClaimsAndSalt() {
    TagSerial serial = TagSerial.random(new SecureRandom());
    LedgerSalt salt;
    try (JdbcScanLedger ledger = H2Ledgers.inDirectory(dir)) {
      salt = ledger.salt();
      ledger.record(ScanRecord.genuine(serial, T0, HA_NOI));
      ledger.claim(serial, T0, HA_NOI, Optional.empty());
    }

    try (JdbcScanLedger reopened = H2Ledgers.inDirectory(dir)) {
      assertThat(reopened.salt()).isEqualTo(salt);
      assertThat(reopened.history(serial, 10).scans())
          .containsExactly(ScanRecord.genuine(serial, T0, HA_NOI));
      assertThat(reopened.claim(serial, T0.plusSeconds(5), HA_NOI, Optional.empty()))
          .isEqualTo(new ClaimOutcome.AlreadyClaimed(T0, false));
    }
  }

  @Test
  void inDirectory_whenAnotherProcessHasTheFileOpen_failsSayingSo() throws Exception {
    try (JdbcScanLedger ledger = H2Ledgers.inDirectory(dir)) {
      ledger.salt();
    }
    Process holder = startHolder();
    try (BufferedReader out = output(holder)) {
      assertThat(out.readLine()).isEqualTo(H2FileHolder.READY);

      assertThatThrownBy(() -> H2Ledgers.inDirectory(dir))
          .isInstanceOf(LedgerException.class)
          .hasMessage(
              "scan ledger: preparing the ledger schema failed on H2: the database file is in use"
                  + " by another process (SQLState 90020)");
    } finally {
      stop(holder);
    }
    try (JdbcScanLedger afterwards = H2Ledgers.inDirectory(dir)) {
      assertThat(afterwards.salt().revealBytes()).hasSize(LedgerSalt.DEFAULT_LENGTH);
    }
  }

  @Test
  void close_closesTheDatabase_soAnotherProcessMayOpenIt() throws Exception {
    JdbcScanLedger ledger = H2Ledgers.inDirectory(dir);
    ledger.salt();

    ledger.close();

    Process other = startHolder();
    try (BufferedReader out = output(other)) {
      assertThat(out.readLine()).isEqualTo(H2FileHolder.READY);
    } finally {
      stop(other);
    }
  }

  @Test
  void inDirectory_whenPathHoldsSemicolon_isRejected() {
    Path sneaky = dir.resolve("data;INIT=RUNSCRIPT FROM 'x'");

    assertThatThrownBy(() -> H2Ledgers.inDirectory(sneaky))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("dataDir must not contain ;: \"" + sneaky + "\"");
  }

  @Test
  void inDirectory_whenDirectoryCannotBeCreated_failsNamingIt() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    Path below = file.resolve("data");

    assertThatThrownBy(() -> H2Ledgers.inDirectory(below))
        .isInstanceOf(LedgerException.class)
        .hasMessage(
            "scan ledger: cannot create the ledger directory " + below + ": Not a directory");
  }

  @Test
  void inDirectory_whenNull_isRejected() {
    assertThatThrownBy(() -> H2Ledgers.inDirectory(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("dataDir must not be null: null");
  }

  @Test
  void url_isAnEmbeddedFileDatabase_withoutServer() {
    assertThat(H2Ledgers.url(Path.of("/var/lib/shop")))
        .isEqualTo("jdbc:h2:file:/var/lib/shop/craftmark-ledger;WRITE_DELAY=0;LOCK_TIMEOUT=10000");
  }

  /** Starts another JVM that opens the ledger's database file and holds it open. */
  private Process startHolder() throws Exception {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            H2FileHolder.class.getName(),
            H2Ledgers.url(dir.toAbsolutePath().normalize()))
        .redirectErrorStream(true)
        .start();
  }

  private static BufferedReader output(Process process) {
    return new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  private static void stop(Process process) throws Exception {
    process.getOutputStream().close();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
  }
}
