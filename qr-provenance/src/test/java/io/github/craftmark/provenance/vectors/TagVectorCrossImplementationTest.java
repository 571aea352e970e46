package io.github.craftmark.provenance.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the vectors' signatures with implementations other than the one that made them: the
 * JDK's own {@code Ed25519} and {@code SHA256withECDSAinP1363Format}, and the {@code openssl}
 * command line. The signed bytes are rebuilt here by hand, from the vector's {@code COSE} hex or
 * from its {@code PREFIX} text alone, without our COSE, CBOR or digit code, as an outside
 * implementer would.
 */
class TagVectorCrossImplementationTest {
  private static final HexFormat HEX = HexFormat.of();

  @TempDir
  Path dir;

  /** The vectors that say whether their {@code COSE} signature verifies. */
  static Stream<Arguments> signedVectors() throws IOException {
    return TagVectorsTest.vectors().filter(a -> {
      JsonNode v = (JsonNode) a.get()[1];
      return v.has("COSE") && v.get("EXPECTEDRESULTS").has("EXPECTEDVERIFY");
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signedVectors")
  void coseSignature_verifiesWithTheJdk_exactlyWhenTheVectorSaysSo(String id, JsonNode v)
      throws GeneralSecurityException {
    Cose cose = Cose.parse(HEX.parseHex(v.get("COSE").textValue()));
    boolean verified = jdkVerify(signerDer(v), cose.alg(), cose.toBeSigned(), cose.signature());
    assertThat(verified).as(id).isEqualTo(expectedVerify(v));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.craftmark.provenance.vectors.TagVectorsTest#genuineVectors")
  void genuineTag_verifiesWithTheJdk_fromItsTextAlone(String id, JsonNode v)
      throws GeneralSecurityException {
    String text = v.get("PREFIX").textValue();
    int profileAt = text.lastIndexOf('/') + 1;
    int alg = text.charAt(profileAt) == '1' ? -8 : -7;
    String digits = text.substring(profileAt + 1);
    byte[] compact = bytesOfDigits(digits);
    byte[] kid = Arrays.copyOfRange(compact, 0, 8);
    byte[] signature = Arrays.copyOfRange(compact, 8, 72);
    byte[] entries = Arrays.copyOfRange(compact, 72, compact.length);
    int items = 0;
    for (int at = 0; at < entries.length; at = LenientCbor.skip(entries, at)) {
      items++;
    }
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    payload.write(0xA1 + items / 2); // the map head counts the version pair 00 01 too
    payload.write(0x00);
    payload.write(0x01);
    payload.writeBytes(entries);
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    header.writeBytes(new byte[] {(byte) 0xA2, 0x01, (byte) (alg == -8 ? 0x27 : 0x26), 0x04, 0x48});
    header.writeBytes(kid);
    byte[] toBeSigned = sigStructure(header.toByteArray(), payload.toByteArray());

    assertThat(jdkVerify(signerDer(v), alg, toBeSigned, signature)).as(id).isTrue();
    assertThat(TagVectorStages.sameByMeaning(
            payload.toByteArray(), HEX.parseHex(v.get("CBOR").textValue())))
        .as(id)
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signedVectors")
  void coseSignature_verifiesWithOpenssl_exactlyWhenTheVectorSaysSo(String id, JsonNode v)
      throws IOException, InterruptedException {
    assumeTrue(opensslAvailable(), "the openssl command line is not installed: check skipped");
    Cose cose = Cose.parse(HEX.parseHex(v.get("COSE").textValue()));
    Files.writeString(
        dir.resolve("pub.pem"), v.get("TESTCTX").get("SIGNERPUBLICKEY").textValue());
    Files.write(dir.resolve("tbs.bin"), cose.toBeSigned());
    boolean verified;
    if (cose.signature().length != 64) {
      verified = false; // both algorithms sign with exactly 64 bytes
    } else if (cose.alg() == -8) {
      Files.write(dir.resolve("sig.bin"), cose.signature());
      verified = openssl(
              "pkeyutl",
              "-verify",
              "-pubin",
              "-inkey",
              "pub.pem",
              "-rawin",
              "-in",
              "tbs.bin",
              "-sigfile",
              "sig.bin")
          == 0;
    } else {
      Files.write(dir.resolve("sig.der"), TagVectorGenerator.derSignature(cose.signature()));
      verified =
          openssl("dgst", "-sha256", "-verify", "pub.pem", "-signature", "sig.der", "tbs.bin") == 0;
    }
    assertThat(verified).as(id).isEqualTo(expectedVerify(v));
  }

  private static boolean expectedVerify(JsonNode v) {
    return v.get("EXPECTEDRESULTS").get("EXPECTEDVERIFY").booleanValue();
  }

  private static byte[] signerDer(JsonNode v) {
    String pem = v.get("TESTCTX").get("SIGNERPUBLICKEY").textValue();
    String body =
        pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
    return Base64.getMimeDecoder().decode(body);
  }

  /** Verifies with the JDK's providers only; a key of the other algorithm never verifies. */
  private static boolean jdkVerify(byte[] spki, int alg, byte[] message, byte[] signature)
      throws GeneralSecurityException {
    String keyAlgorithm = alg == -8 ? "Ed25519" : "EC";
    PublicKey key;
    try {
      key = KeyFactory.getInstance(keyAlgorithm, "SunEC")
          .generatePublic(new X509EncodedKeySpec(spki));
    } catch (java.security.spec.InvalidKeySpecException e) {
      return false;
    }
    Signature verifier =
        Signature.getInstance(alg == -8 ? "Ed25519" : "SHA256withECDSAinP1363Format", "SunEC");
    verifier.initVerify(key);
    verifier.update(message);
    try {
      return verifier.verify(signature);
    } catch (SignatureException e) {
      return false; // a signature of the wrong length or form
    }
  }

  /** {@code ["Signature1", protected, h'', payload]} per RFC 9052 § 4.4, written by hand. */
  private static byte[] sigStructure(byte[] protectedHeader, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x84);
    out.write(0x6A);
    out.writeBytes("Signature1".getBytes(StandardCharsets.US_ASCII));
    bstr(out, protectedHeader);
    out.write(0x40);
    bstr(out, payload);
    return out.toByteArray();
  }

  private static void bstr(ByteArrayOutputStream out, byte[] bytes) {
    int n = bytes.length;
    if (n < 24) {
      out.write(0x40 + n);
    } else if (n < 256) {
      out.write(0x58);
      out.write(n);
    } else {
      out.write(0x59);
      out.write(n >>> 8);
      out.write(n & 0xFF);
    }
    out.writeBytes(bytes);
  }

  /** The N bytes whose d(N)-digit decimal form is {@code digits}. */
  private static byte[] bytesOfDigits(String digits) {
    for (int n = 1; n <= 400; n++) {
      int count =
          BigInteger.ONE.shiftLeft(8 * n).subtract(BigInteger.ONE).toString().length();
      if (count == digits.length()) {
        byte[] raw = new BigInteger(digits).toByteArray();
        byte[] out = new byte[n];
        int copy = Math.min(raw.length, n);
        System.arraycopy(raw, raw.length - copy, out, n - copy, copy);
        return out;
      }
    }
    throw new IllegalArgumentException("no byte count has " + digits.length() + " digits");
  }

  /** A COSE_Sign1 taken apart with the independent reader. */
  private record Cose(byte[] protectedHeader, byte[] payload, byte[] signature, int alg) {
    static Cose parse(byte[] encoded) {
      List<?> parts = (List<?>) LenientCbor.decodeOne(encoded);
      byte[] header = bytes(parts.get(0));
      LenientCbor.CborMap map = (LenientCbor.CborMap) LenientCbor.decodeOne(header);
      int alg = 0;
      for (var entry : map.entries()) {
        if (entry.getKey().equals(BigInteger.ONE)) {
          alg = ((BigInteger) entry.getValue()).intValueExact();
        }
      }
      return new Cose(header, bytes(parts.get(2)), bytes(parts.get(3)), alg);
    }

    byte[] toBeSigned() {
      return sigStructure(protectedHeader, payload);
    }

    private static byte[] bytes(Object item) {
      return HEX.parseHex(((LenientCbor.Bstr) item).hex());
    }
  }

  private static boolean opensslAvailable() {
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

  private int openssl(String... arguments) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>();
    command.add("openssl");
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .start();
    process.getInputStream().readAllBytes();
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("openssl finished").isTrue();
    return process.exitValue();
  }
}
