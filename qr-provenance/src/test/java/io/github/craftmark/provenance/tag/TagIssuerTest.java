package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.provenance.ProvenanceException;
import io.github.craftmark.provenance.internal.key.P256;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.key.TagPublicKey;
import io.github.craftmark.provenance.key.TagSigner;
import io.github.craftmark.provenance.testing.Openssl;
import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TagIssuerTest {

  private static TagKeyPair key(SignatureAlgorithm algorithm) {
    return algorithm == SignatureAlgorithm.ED25519
        ? ProvenanceFixtures.ed25519Rfc8032()
        : ProvenanceFixtures.p256Rfc6979();
  }

  private static TagIssuer issuer(TagSigner signer) {
    return TagIssuer.builder().signer(signer).prefix(ProvenanceFixtures.PREFIX).build();
  }

  @ParameterizedTest
  @EnumSource(SignatureAlgorithm.class)
  void issue_givesATextThatParsesBackToTheClaims(SignatureAlgorithm algorithm) {
    TagKeyPair key = key(algorithm);
    IssuedTag tag = issuer(key).issue(ProvenanceFixtures.everyClaim());

    assertThat(tag.text())
        .startsWith(
            "HTTPS://BATTRANG.VN/T/" + (algorithm == SignatureAlgorithm.ED25519 ? "1" : "2"));
    assertThat(tag.claims()).isEqualTo(ProvenanceFixtures.everyClaim());
    assertThat(tag.algorithm()).isEqualTo(algorithm);
    assertThat(tag.keyId()).isEqualTo(key.keyId());
    assertThat(tag.prefix()).isEqualTo(ProvenanceFixtures.PREFIX);

    UnverifiedTag read = TagParser.parseWithoutVerifying(tag.text());
    assertThat(read.claims()).isEqualTo(tag.claims());
    assertThat(read.keyId()).isEqualTo(key.keyId());
    assertThat(read.signature()).isEqualTo(tag.signature());
    assertThat(read.claimsCbor()).isEqualTo(tag.claimsCbor());
    assertThat(read.compactBytes()).isEqualTo(tag.compactBytes());
    assertThat(read.coseSign1()).isEqualTo(tag.coseSign1());
    assertThat(read.sigStructure()).isEqualTo(tag.sigStructure());
    assertThat(key.publicKey().verify(read.sigStructure(), read.signature())).isTrue();
  }

  @Test
  void issue_ofTheDefaultTag_gives103CompactBytesIn249Digits() {
    IssuedTag tag = issuer(ProvenanceFixtures.ed25519Rfc8032()).issue(ProvenanceFixtures.vase());
    assertThat(tag.compactBytes()).hasSize(103);
    assertThat(tag.text()).hasSize(22 + 1 + 249).matches("HTTPS://BATTRANG\\.VN/T/1[0-9]{249}");
    assertThat(tag.toString())
        .isEqualTo("IssuedTag[keyId=" + ProvenanceFixtures.ed25519Rfc8032().keyId()
            + ", algorithm=ED25519, serial=4Z8DK2X0V6QGX6SB]");
  }

  @ParameterizedTest
  @EnumSource(SignatureAlgorithm.class)
  void issue_isDeterministic(SignatureAlgorithm algorithm) {
    String first = issuer(key(algorithm)).issue(ProvenanceFixtures.vase()).text();
    assertThat(issuer(key(algorithm)).issue(ProvenanceFixtures.vase()).text()).isEqualTo(first);
    TagClaims other = ProvenanceFixtures.vase().toBuilder().batch("241").build();
    assertThat(issuer(key(algorithm)).issue(other).text()).isNotEqualTo(first);
  }

  @Test
  void issue_ed25519_verifiesWithTheJdk() throws Exception {
    TagKeyPair key = ProvenanceFixtures.ed25519Rfc8032();
    UnverifiedTag tag = TagParser.parseWithoutVerifying(
        issuer(key).issue(ProvenanceFixtures.vase()).text());
    Signature jdk = Signature.getInstance("Ed25519");
    jdk.initVerify(jdkKey(key.publicKey(), "Ed25519"));
    jdk.update(tag.sigStructure());
    assertThat(jdk.verify(tag.signature())).isTrue();

    byte[] tampered = tag.sigStructure();
    tampered[tampered.length - 1] ^= 1;
    jdk.initVerify(jdkKey(key.publicKey(), "Ed25519"));
    jdk.update(tampered);
    assertThat(jdk.verify(tag.signature())).isFalse();
  }

  @Test
  void issue_es256_verifiesWithTheJdkAsRawRAndS() throws Exception {
    TagKeyPair key = ProvenanceFixtures.p256Rfc6979();
    UnverifiedTag tag = TagParser.parseWithoutVerifying(
        issuer(key).issue(ProvenanceFixtures.vase()).text());
    Signature jdk = Signature.getInstance("SHA256withECDSAinP1363Format");
    jdk.initVerify(jdkKey(key.publicKey(), "EC"));
    jdk.update(tag.sigStructure());
    assertThat(jdk.verify(tag.signature())).isTrue();
  }

  @Test
  void issue_ed25519_verifiesWithOpensslOverTheSigStructure(@TempDir Path dir) throws Exception {
    Openssl.require();
    TagKeyPair key = ProvenanceFixtures.ed25519Rfc8032();
    UnverifiedTag tag = TagParser.parseWithoutVerifying(
        issuer(key).issue(ProvenanceFixtures.vase()).text());
    Files.writeString(dir.resolve("pub.pem"), key.publicKey().toSpkiPem());
    Files.write(dir.resolve("tbs.bin"), tag.sigStructure());
    Files.write(dir.resolve("sig.bin"), tag.signature());
    byte[] bad = tag.sigStructure();
    bad[20] ^= 1;
    Files.write(dir.resolve("bad.bin"), bad);

    assertThat(Openssl.verifyEd25519(dir, "pub.pem", "tbs.bin", "sig.bin").output())
        .contains("Signature Verified Successfully");
    assertThat(Openssl.verifyEd25519(dir, "pub.pem", "bad.bin", "sig.bin").output())
        .contains("Signature Verification Failure");
  }

  private static PublicKey jdkKey(TagPublicKey key, String algorithm) throws Exception {
    return KeyFactory.getInstance(algorithm)
        .generatePublic(new X509EncodedKeySpec(key.toSpkiDer()));
  }

  @Test
  void issue_whenSignerReturnsAWrongLengthSignature_fails() {
    TagKeyPair real = ProvenanceFixtures.ed25519Rfc8032();
    TagSigner broken = new TagSigner() {
      @Override
      public TagPublicKey publicKey() {
        return real.publicKey();
      }

      @Override
      public byte[] sign(byte[] message) {
        return new byte[70];
      }
    };
    assertThatThrownBy(() -> issuer(broken).issue(ProvenanceFixtures.vase()))
        .isInstanceOf(ProvenanceException.class)
        .hasMessage("signer must return a 64-byte signature, returned 70 bytes");
  }

  /** A signer, as an HSM might be, that returns the given twin of each ES256 signature. */
  private static TagSigner es256Returning(boolean highS) {
    TagKeyPair real = ProvenanceFixtures.p256Rfc6979();
    return new TagSigner() {
      @Override
      public TagPublicKey publicKey() {
        return real.publicKey();
      }

      @Override
      public byte[] sign(byte[] message) {
        byte[] signature = real.sign(message);
        return P256.isLowS(signature, 0) == highS ? P256.twin(signature) : signature;
      }
    };
  }

  @Test
  void issue_es256_writesTheLowSWhateverTheSignerReturns() {
    IssuedTag fromHigh = issuer(es256Returning(true)).issue(ProvenanceFixtures.vase());
    IssuedTag fromLow = issuer(es256Returning(false)).issue(ProvenanceFixtures.vase());

    assertThat(P256.isLowS(fromHigh.signature(), 0)).isTrue();
    assertThat(fromHigh.text()).isEqualTo(fromLow.text());
    assertThat(issuer(ProvenanceFixtures.p256Rfc6979())
            .issue(ProvenanceFixtures.vase())
            .text())
        .isEqualTo(fromLow.text());
    assertThat(ProvenanceFixtures.p256Rfc6979()
            .publicKey()
            .verify(fromHigh.sigStructure(), fromHigh.signature()))
        .isTrue();
  }

  @Test
  void toString_namesTheKeyAndPrefixButShowsNothingOfTheSigner() {
    TagKeyPair key = ProvenanceFixtures.ed25519Rfc8032();
    TagSigner signer = new TagSigner() {
      @Override
      public TagPublicKey publicKey() {
        return key.publicKey();
      }

      @Override
      public byte[] sign(byte[] message) {
        return key.sign(message);
      }

      @Override
      public String toString() {
        return "HSM slot 3, PIN 0000";
      }
    };
    assertThat(issuer(signer).toString())
        .isEqualTo("TagIssuer[kid=06e3fd8fda29bb60, ED25519, HTTPS://BATTRANG.VN/T/]");
  }

  @Test
  void issue_keepsItsOwnCopyOfTheSignature() {
    TagKeyPair real = ProvenanceFixtures.ed25519Rfc8032();
    byte[] reused = new byte[64];
    TagSigner reusing = new TagSigner() {
      @Override
      public TagPublicKey publicKey() {
        return real.publicKey();
      }

      @Override
      public byte[] sign(byte[] message) {
        System.arraycopy(real.sign(message), 0, reused, 0, 64);
        return reused;
      }
    };
    IssuedTag first = issuer(reusing).issue(ProvenanceFixtures.vase());
    byte[] signature = first.signature();
    issuer(reusing).issue(ProvenanceFixtures.everyClaim());

    assertThat(first.signature()).isEqualTo(signature);
    assertThat(real.publicKey().verify(first.sigStructure(), first.signature())).isTrue();
  }

  @Test
  void build_whenASettingIsMissing_namesIt() {
    assertThatThrownBy(
            () -> TagIssuer.builder().prefix(ProvenanceFixtures.PREFIX).build())
        .hasMessage("signer must not be null: null");
    assertThatThrownBy(() ->
            TagIssuer.builder().signer(ProvenanceFixtures.ed25519Rfc8032()).build())
        .hasMessage("prefix must not be null: null");
    assertThatThrownBy(() -> issuer(ProvenanceFixtures.ed25519Rfc8032()).issue(null))
        .hasMessage("claims must not be null: null");
  }

  @Test
  void toBuilder_keepsTheSettings() {
    TagIssuer issuer = issuer(ProvenanceFixtures.ed25519Rfc8032());
    TagIssuer copy = issuer.toBuilder().build();
    assertThat(copy.signer()).isSameAs(issuer.signer());
    assertThat(copy.prefix()).isEqualTo(issuer.prefix());
    assertThat(copy.keyId()).isEqualTo(ProvenanceFixtures.ed25519Rfc8032().keyId());
    TagPrefix other = TagPrefix.of("HTTPS://VANPHUC.VN/T/");
    assertThat(issuer.toBuilder()
            .prefix(other)
            .build()
            .issue(ProvenanceFixtures.vase())
            .text())
        .startsWith("HTTPS://VANPHUC.VN/T/1");
  }

  @Test
  void issue_fromManyThreadsAtOnce_givesTheSameTagsAsOneThread() throws Exception {
    TagIssuer issuer = issuer(ProvenanceFixtures.ed25519Rfc8032());
    List<TagClaims> claims = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      TagClaims c =
          ProvenanceFixtures.vase().toBuilder().batch(Integer.toString(1 + i)).build();
      claims.add(c);
      expected.add(issuer.issue(c).text());
    }
    int threads = 8;
    List<Integer> same = ProvenanceFixtures.onThreadsAtOnce(threads, thread -> {
      int count = 0;
      for (int i = 0; i < claims.size(); i++) {
        if (issuer.issue(claims.get(i)).text().equals(expected.get(i))) {
          count++;
        }
      }
      return count;
    });
    assertThat(same).hasSize(threads).containsOnly(claims.size());
    Set<String> distinct = new HashSet<>(expected);
    assertThat(distinct).hasSize(claims.size());
  }

  @Test
  void keyId_isTheSignersKeyId() {
    KeyId kid = ProvenanceFixtures.p256Rfc6979().keyId();
    assertThat(issuer(ProvenanceFixtures.p256Rfc6979()).keyId()).isEqualTo(kid);
  }
}
