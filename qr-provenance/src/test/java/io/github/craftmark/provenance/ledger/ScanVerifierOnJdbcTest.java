package io.github.craftmark.provenance.ledger;

import static io.github.craftmark.provenance.ledger.LedgerFixture.CLAIM_CODE;
import static io.github.craftmark.provenance.ledger.LedgerFixture.claimableTag;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.provenance.internal.ledger.jdbc.Dialect;
import io.github.craftmark.provenance.ledger.jdbc.FaultyDataSource;
import io.github.craftmark.provenance.ledger.jdbc.JdbcScanLedger;
import io.github.craftmark.provenance.ledger.jdbc.TestDatabases;
import io.github.craftmark.provenance.tag.TagSerial;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The verifier over a real database that fails: a scan whose record cannot be written is never
 * "genuine, first scan", and a claim the database cannot decide is "ledger unavailable", with a
 * reason that holds neither data nor the driver's text.
 */
class ScanVerifierOnJdbcTest {
  private static final ScanPlace HA_NOI = ScanPlace.province("01");

  @TempDir
  Path dir;

  private TestDatabases.PostgresSchema schema;
  private JdbcScanLedger ledger;

  @AfterEach
  void cleanUp() {
    if (ledger != null) {
      ledger.close();
    }
    if (schema != null) {
      schema.close();
    }
  }

  private DataSource database(Dialect dialect) {
    if (dialect == Dialect.H2) {
      return TestDatabases.h2(dir);
    }
    schema = TestDatabases.postgresSchema();
    return schema.dataSource();
  }

  private ScanVerifier verifierOver(Dialect dialect, DataSource ds) {
    ledger = dialect == Dialect.H2 ? JdbcScanLedger.h2(ds) : JdbcScanLedger.postgres(ds);
    return ScanVerifier.builder()
        .tagVerifier(LedgerFixture.tagVerifier())
        .ledger(ledger)
        .clock(LedgerFixture.VERIFY_CLOCK)
        .build();
  }

  private static String name(Dialect dialect) {
    return dialect == Dialect.H2 ? "H2" : "PostgreSQL";
  }

  private static void execute(DataSource ds, String sql) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void verify_whenTheDatabaseGoesDown_isGenuineUnchecked_neverFirstScan(Dialect dialect) {
    FaultyDataSource faulty = new FaultyDataSource(database(dialect));
    ScanVerifier verifier = verifierOver(dialect, faulty);
    String first = claimableTag(TagSerial.random(new SecureRandom())).text();
    String second = claimableTag(TagSerial.random(new SecureRandom())).text();
    // The ledger keeps its salt once read, so after this only the record can fail.
    assertThat(
            verifier.verify(first, ScanContext.at(HA_NOI).withDevice("phone-0")).status())
        .isEqualTo(ScanVerdict.Status.GENUINE_FIRST_SCAN);

    faulty.takeDown();
    ScanVerdict verdict = verifier.verify(second, ScanContext.at(HA_NOI).withDevice("phone-1"));

    assertThat(verdict.status()).isEqualTo(ScanVerdict.Status.GENUINE_UNCHECKED);
    assertThat(verdict.ledgerState()).isEqualTo(LedgerState.LEDGER_UNAVAILABLE);
    assertThat(verdict.copyAssessment()).isEmpty();
    assertThat(verdict.ledgerProblem())
        .contains("scan ledger: recording a scan failed on "
            + name(dialect)
            + ": cannot reach the database (SQLState 08001) (java.sql.SQLException)");
    assertThat(verdict.toString()).doesNotContain("password", "127.0.0.1", "phone-1");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void verify_whenTheScanTableIsDropped_isGenuineUnchecked(Dialect dialect) throws Exception {
    DataSource ds = database(dialect);
    ScanVerifier verifier = verifierOver(dialect, ds);
    execute(ds, "DROP TABLE craftmark_scan");

    ScanVerdict verdict = verifier.verify(
        claimableTag(TagSerial.random(new SecureRandom())).text(), ScanContext.at(HA_NOI));

    assertThat(verdict.status()).isEqualTo(ScanVerdict.Status.GENUINE_UNCHECKED);
    assertThat(verdict.ledgerState()).isEqualTo(LedgerState.LEDGER_UNAVAILABLE);
    assertThat(verdict.ledgerProblem().orElseThrow())
        .startsWith("scan ledger: recording a scan failed on "
            + name(dialect)
            + ": a ledger table or column is missing or different");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void claim_whenTheDatabaseIsDown_isLedgerUnavailable(Dialect dialect) {
    FaultyDataSource faulty = new FaultyDataSource(database(dialect));
    ScanVerifier verifier = verifierOver(dialect, faulty);
    faulty.takeDown();

    ClaimOutcome outcome = verifier.claim(
        claimableTag(TagSerial.random(new SecureRandom())).text(),
        CLAIM_CODE,
        Optional.empty(),
        ScanContext.at(HA_NOI));

    assertThat(outcome).isInstanceOf(ClaimOutcome.LedgerUnavailable.class);
    assertThat(((ClaimOutcome.LedgerUnavailable) outcome).reason())
        .startsWith("scan ledger: ")
        .endsWith(" failed on "
            + name(dialect)
            + ": cannot reach the database (SQLState 08001) (java.sql.SQLException)");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void claim_whenTheClaimsTableIsDropped_isLedgerUnavailable_notClaimed(Dialect dialect)
      throws Exception {
    DataSource ds = database(dialect);
    ScanVerifier verifier = verifierOver(dialect, ds);
    execute(ds, "DROP TABLE craftmark_claim");

    ClaimOutcome outcome = verifier.claim(
        claimableTag(TagSerial.random(new SecureRandom())).text(),
        CLAIM_CODE,
        Optional.empty(),
        ScanContext.at(HA_NOI));

    assertThat(outcome).isInstanceOf(ClaimOutcome.LedgerUnavailable.class);
    assertThat(((ClaimOutcome.LedgerUnavailable) outcome).reason())
        .startsWith(
            "scan ledger: claiming a serial failed on " + name(dialect) + ": a ledger table");
  }
}
