package io.github.craftmark.provenance.internal.key;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.math.BigInteger;
import java.util.Random;
import java.util.stream.IntStream;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class P256Test {
  private static final BigInteger HALF = P256.ORDER.shiftRight(1);

  private static byte[] signature(BigInteger r, BigInteger s) {
    byte[] signature = new byte[64];
    BigIntegers.asUnsignedByteArray(r, signature, 0, 32);
    BigIntegers.asUnsignedByteArray(s, signature, 32, 32);
    return signature;
  }

  @Test
  void isLowS_isTrueUpToHalfTheOrderAndFalseAbove() {
    assertThat(P256.isLowS(signature(BigInteger.ONE, BigInteger.ONE), 0)).isTrue();
    assertThat(P256.isLowS(signature(BigInteger.ONE, HALF), 0)).isTrue();
    assertThat(P256.isLowS(signature(BigInteger.ONE, HALF.add(BigInteger.ONE)), 0))
        .isFalse();
    assertThat(P256.isLowS(signature(BigInteger.ONE, P256.ORDER.subtract(BigInteger.ONE)), 0))
        .isFalse();
    byte[] atOffset = new byte[70];
    System.arraycopy(signature(BigInteger.TWO, HALF.add(BigInteger.ONE)), 0, atOffset, 6, 64);
    assertThat(P256.isLowS(atOffset, 6)).isFalse();
  }

  @Test
  void toLowS_keepsALowSAndWhatNeverVerifies() {
    byte[] low = signature(BigInteger.TEN, HALF);
    assertThat(P256.toLowS(low)).isSameAs(low);
    byte[] sAtOrder = signature(BigInteger.TEN, P256.ORDER);
    assertThat(P256.toLowS(sAtOrder)).isSameAs(sAtOrder);
    byte[] wrongLength = new byte[63];
    assertThat(P256.toLowS(wrongLength)).isSameAs(wrongLength);
  }

  @Test
  void twin_ofAHighS_isNMinusS_andLeavesTheInputAlone() {
    byte[] high = signature(BigInteger.TEN, HALF.add(BigInteger.ONE));
    byte[] copy = high.clone();
    byte[] low = P256.toLowS(high);
    assertThat(high).isEqualTo(copy);
    assertThat(low).isEqualTo(signature(BigInteger.TEN, HALF));
    assertThat(P256.twin(low)).isEqualTo(high);
  }

  static IntStream seeds() {
    return IntStream.range(0, 24);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void bothTwinsVerify_andToLowSGivesTheLowOne(int seed) {
    Random random = new Random(seed);
    TagKeyPair key =
        TagKeyPair.generate(SignatureAlgorithm.ES256, ProvenanceFixtures.seededRandom(seed));
    byte[] message = new byte[1 + random.nextInt(100)];
    random.nextBytes(message);
    byte[] signature = key.sign(message);
    byte[] twin = P256.twin(signature);
    assertThat(key.publicKey().verify(message, signature)).isTrue();
    assertThat(key.publicKey().verify(message, twin)).isTrue();
    assertThat(P256.isLowS(signature, 0)).isNotEqualTo(P256.isLowS(twin, 0));
    byte[] low = P256.isLowS(signature, 0) ? signature : twin;
    assertThat(P256.toLowS(signature)).isEqualTo(low);
    assertThat(P256.toLowS(twin)).isEqualTo(low);
  }
}
