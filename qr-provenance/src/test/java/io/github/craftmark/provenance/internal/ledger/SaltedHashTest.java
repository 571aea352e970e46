package io.github.craftmark.provenance.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SaltedHashTest {
  private static final byte[] SALT = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");

  @Test
  void compute_isHmacSha256OfDomainZeroAndNfcValue_cut() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SALT, "HmacSHA256"));
    byte[] expected = mac.doFinal("D\u0000Bát Tràng".getBytes(StandardCharsets.UTF_8));

    // "Ba\u0301t Tra\u0300ng" is the decomposed form of "Bát Tràng".
    byte[] hash = SaltedHash.compute(SALT, "D", "Ba\u0301t Tra\u0300ng", 16);

    assertThat(hash).hasSize(16).isEqualTo(java.util.Arrays.copyOf(expected, 16));
  }

  @Test
  void compute_domainsKeepEqualValuesApart() {
    assertThat(SaltedHash.compute(SALT, "A", "x", 32))
        .isNotEqualTo(SaltedHash.compute(SALT, "B", "x", 32));
    assertThat(SaltedHash.compute(SALT, "A", "x", 32))
        .isNotEqualTo(SaltedHash.compute(new byte[16], "A", "x", 32));
  }

  @Test
  void same_comparesBytes() {
    assertThat(SaltedHash.same(new byte[] {1, 2}, new byte[] {1, 2})).isTrue();
    assertThat(SaltedHash.same(new byte[] {1, 2}, new byte[] {1, 3})).isFalse();
  }
}
