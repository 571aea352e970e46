package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ClaimCommitmentTest {
  private static final TagSerial SERIAL = ProvenanceFixtures.SERIAL;

  @Test
  void compute_isTheFirst16BytesOfSha256OverDomainSerialAndCode() throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    sha256.update("CraftMark claim v1".getBytes(StandardCharsets.US_ASCII));
    sha256.update(HexFormat.of().parseHex("27d0d98ba0d9af0e9b2b"));
    sha256.update("Mã-Đặc-Biệt".getBytes(StandardCharsets.UTF_8));
    byte[] expected = Arrays.copyOf(sha256.digest(), 16);

    ClaimCommitment commitment = ClaimCommitment.compute(SERIAL, "Mã-Đặc-Biệt");
    assertThat(commitment.toBytes()).isEqualTo(expected);
    assertThat(commitment).hasToString(HexFormat.of().formatHex(expected));
    assertThat(ClaimCommitment.of(expected)).isEqualTo(commitment);
  }

  @Test
  void matches_theSameCodeInAnyUnicodeForm_only() {
    ClaimCommitment commitment = ClaimCommitment.compute(SERIAL, "Mã-Đặc-Biệt");
    String decomposed =
        java.text.Normalizer.normalize("Mã-Đặc-Biệt", java.text.Normalizer.Form.NFD);
    assertThat(commitment.matches(SERIAL, decomposed)).isTrue();
    assertThat(commitment.matches(SERIAL, "Ma-Dac-Biet")).isFalse();
    TagSerial other = TagSerial.of(new byte[10]);
    assertThat(commitment.matches(other, "Mã-Đặc-Biệt")).isFalse();
  }

  @Test
  void compute_ofALongestCodeWrittenDecomposed_isTheCodeInNfc() {
    String nfc = "Ệ".repeat(64);
    String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
    assertThat(nfd).hasSize(3 * 64);
    assertThat(ClaimCommitment.compute(SERIAL, nfd))
        .isEqualTo(ClaimCommitment.compute(SERIAL, nfc));
  }

  @Test
  void compute_whenCodeBadOrMissing_isRejectedWithoutShowingIt() {
    assertThatThrownBy(() -> ClaimCommitment.compute(SERIAL, "   "))
        .hasMessage("claimCode must not be blank");
    assertThatThrownBy(() -> ClaimCommitment.compute(SERIAL, "SECRET".repeat(11)))
        .hasMessage("claimCode must be at most 64 characters");
    // Refused before it is normalised, which would cost as much as the text is long.
    assertThatThrownBy(() -> ClaimCommitment.compute(SERIAL, "SECRET".repeat(2_000_000)))
        .hasMessage("claimCode must be at most 64 characters");
    assertThatThrownBy(() -> ClaimCommitment.compute(SERIAL, null))
        .hasMessage("claimCode must not be null: null");
    assertThatThrownBy(() -> ClaimCommitment.compute(null, "X"))
        .hasMessage("serial must not be null: null");
  }

  @Test
  void of_whenNot16Bytes_isRejected() {
    assertThatThrownBy(() -> ClaimCommitment.of(new byte[15]))
        .hasMessage("claimCommitment must be 16 bytes: \"15 bytes\"");
    assertThatThrownBy(() -> ClaimCommitment.of(null))
        .hasMessage("claimCommitment must not be null: null");
    byte[] bytes = new byte[16];
    ClaimCommitment commitment = ClaimCommitment.of(bytes);
    bytes[0] = 1;
    assertThat(commitment.toBytes()).isEqualTo(new byte[16]);
  }
}
