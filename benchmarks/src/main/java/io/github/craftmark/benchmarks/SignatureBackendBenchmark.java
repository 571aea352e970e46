package io.github.craftmark.benchmarks;

import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.key.TagPublicKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Why tags are signed and verified with Bouncy Castle's lightweight API: the same Ed25519 and P-256
 * operations through the JDK's {@link Signature} and through our {@link TagKeyPair} / {@link
 * TagPublicKey} (Bouncy Castle underneath), over the same 120-byte message, in one run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SignatureBackendBenchmark {
  private final byte[] message = new byte[120];

  private TagKeyPair ed25519;
  private TagKeyPair p256;
  private byte[] ed25519Signature;
  private byte[] p256Signature;

  private Signature jdkEd25519Signer;
  private Signature jdkEd25519Verifier;
  private Signature jdkP256Signer;
  private Signature jdkP256Verifier;
  private PublicKey jdkEd25519Public;
  private PublicKey jdkP256Public;
  private byte[] jdkEd25519Signature;
  private byte[] jdkP256Signature;

  /** Makes one key pair per algorithm and per library, and a signature of each. */
  @Setup(Level.Trial)
  public void setUp() throws GeneralSecurityException {
    SecureRandom random = new SecureRandom();
    random.nextBytes(message);
    ed25519 = TagKeyPair.generate(SignatureAlgorithm.ED25519, random);
    p256 = TagKeyPair.generate(SignatureAlgorithm.ES256, random);
    ed25519Signature = ed25519.sign(message);
    p256Signature = p256.sign(message);

    KeyPair jdkEd = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(new ECGenParameterSpec("secp256r1"), random);
    KeyPair jdkEc = ec.generateKeyPair();
    // Public keys decoded once, as a verifier holding a trust list would.
    jdkEd25519Public = KeyFactory.getInstance("Ed25519")
        .generatePublic(new X509EncodedKeySpec(jdkEd.getPublic().getEncoded()));
    jdkP256Public = KeyFactory.getInstance("EC")
        .generatePublic(new X509EncodedKeySpec(jdkEc.getPublic().getEncoded()));
    jdkEd25519Signer = Signature.getInstance("Ed25519");
    jdkEd25519Signer.initSign(jdkEd.getPrivate());
    jdkEd25519Verifier = Signature.getInstance("Ed25519");
    jdkP256Signer = Signature.getInstance("SHA256withECDSAinP1363Format");
    jdkP256Signer.initSign(jdkEc.getPrivate());
    jdkP256Verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
    jdkEd25519Signer.update(message);
    jdkEd25519Signature = jdkEd25519Signer.sign();
    jdkP256Signer.update(message);
    jdkP256Signature = jdkP256Signer.sign();
  }

  /** JDK Ed25519 sign. */
  @Benchmark
  public byte[] jdkEd25519Sign() throws GeneralSecurityException {
    jdkEd25519Signer.update(message);
    return jdkEd25519Signer.sign();
  }

  /** JDK Ed25519 verify. */
  @Benchmark
  public boolean jdkEd25519Verify() throws GeneralSecurityException {
    jdkEd25519Verifier.initVerify(jdkEd25519Public);
    jdkEd25519Verifier.update(message);
    return jdkEd25519Verifier.verify(jdkEd25519Signature);
  }

  /** CraftMark (Bouncy Castle) Ed25519 sign. */
  @Benchmark
  public byte[] craftmarkEd25519Sign() {
    return ed25519.sign(message);
  }

  /** CraftMark (Bouncy Castle) Ed25519 verify. */
  @Benchmark
  public boolean craftmarkEd25519Verify() {
    return ed25519.publicKey().verify(message, ed25519Signature);
  }

  /** JDK ECDSA P-256 sign (raw r‖s). */
  @Benchmark
  public byte[] jdkP256Sign() throws GeneralSecurityException {
    jdkP256Signer.update(message);
    return jdkP256Signer.sign();
  }

  /** JDK ECDSA P-256 verify (raw r‖s). */
  @Benchmark
  public boolean jdkP256Verify() throws GeneralSecurityException {
    jdkP256Verifier.initVerify(jdkP256Public);
    jdkP256Verifier.update(message);
    return jdkP256Verifier.verify(jdkP256Signature);
  }

  /** CraftMark (Bouncy Castle) ECDSA P-256 sign, deterministic (RFC 6979), low s. */
  @Benchmark
  public byte[] craftmarkP256Sign() {
    return p256.sign(message);
  }

  /** CraftMark (Bouncy Castle) ECDSA P-256 verify. */
  @Benchmark
  public boolean craftmarkP256Verify() {
    return p256.publicKey().verify(message, p256Signature);
  }
}
