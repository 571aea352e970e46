package io.github.craftmark.provenance.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

class TagSignerTest {

  /** A signer whose key lives elsewhere, as an HSM or KMS would hold it: here, a JDK provider. */
  private static final class ProviderSigner implements TagSigner {
    private final KeyPair keyPair;
    private final TagPublicKey publicKey;

    ProviderSigner(KeyPair keyPair) {
      this.keyPair = keyPair;
      this.publicKey = TagPublicKey.fromSpkiDer(keyPair.getPublic().getEncoded());
    }

    @Override
    public TagPublicKey publicKey() {
      return publicKey;
    }

    @Override
    public byte[] sign(byte[] message) {
      try {
        Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
        signature.initSign(keyPair.getPrivate());
        signature.update(message);
        return signature.sign();
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void aSignerBackedByAnotherKeyStore_worksThroughTheDefaults() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    TagSigner signer = new ProviderSigner(generator.generateKeyPair());
    assertThat(signer.algorithm()).isEqualTo(SignatureAlgorithm.ES256);
    assertThat(signer.keyId()).isEqualTo(signer.publicKey().keyId());
    byte[] message = "Lụa Vạn Phúc".getBytes(StandardCharsets.UTF_8);
    byte[] signature = signer.sign(message);
    assertThat(signature).hasSize(64);
    assertThat(signer.publicKey().verify(message, signature)).isTrue();
  }
}
