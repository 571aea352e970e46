package io.github.craftmark.provenance.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class SignatureAlgorithmTest {

  @Test
  void coseIdentifiers_matchTheIanaRegistry() {
    assertThat(SignatureAlgorithm.ED25519.coseAlgorithm()).isEqualTo(-8);
    assertThat(SignatureAlgorithm.ED25519.coseName()).isEqualTo("EdDSA");
    assertThat(SignatureAlgorithm.ED25519.curve()).isEqualTo("Ed25519");
    assertThat(SignatureAlgorithm.ES256.coseAlgorithm()).isEqualTo(-7);
    assertThat(SignatureAlgorithm.ES256.coseName()).isEqualTo("ES256");
    assertThat(SignatureAlgorithm.ES256.curve()).isEqualTo("P-256");
    for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
      assertThat(algorithm.signatureLength()).isEqualTo(64);
      assertThat(SignatureAlgorithm.fromCose(algorithm.coseAlgorithm())).isEqualTo(algorithm);
      assertThat(SignatureAlgorithm.findCose(algorithm.coseAlgorithm())).contains(algorithm);
    }
  }

  @Test
  void fromCose_whenUnsupported_isRejected() {
    assertThat(SignatureAlgorithm.findCose(-35)).isEmpty();
    assertThat(SignatureAlgorithm.findCose(-8L - (1L << 32))).isEmpty();
    assertThatThrownBy(() -> SignatureAlgorithm.fromCose(-37))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("coseAlgorithm must be -8 (EdDSA) or -7 (ES256): -37");
  }
}
