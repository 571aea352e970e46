package io.github.craftmark.provenance.internal.cbor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded fuzzing of the reader: random bytes and mutations of valid encodings must either read
 * cleanly or fail with a {@link CborException}, never anything else.
 */
class CborFuzzTest {
  private static final int CASES = 2000;

  /** Roomy enough for the sample below, whose unprotected header nests deeper than a tag's. */
  private static final CborLimits LIMITS = new CborLimits(1024, 4, 32, 512, true);

  static Stream<Long> seeds() {
    Random random = new Random(0xC0B0L);
    return IntStream.range(0, 20).mapToObj(i -> random.nextLong());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomBytes_onlyEverFailWithCborException(long seed) {
    Random random = new Random(seed);
    int accepted = 0;
    for (int i = 0; i < CASES; i++) {
      byte[] input = new byte[random.nextInt(64)];
      random.nextBytes(input);
      if (readsCleanly(input, LIMITS)) {
        accepted++;
      }
    }
    // Most random inputs are rejected; a few small ones (a single integer, say) are valid.
    assertThat(accepted).isLessThan(CASES);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mutationsOfValidEncodings_onlyEverFailWithCborException(long seed) {
    Random random = new Random(seed);
    byte[] valid = sample(random);
    assertThat(readsCleanly(valid, LIMITS)).isTrue();
    int rejected = 0;
    for (int i = 0; i < CASES; i++) {
      byte[] mutated = mutate(valid, random);
      if (!readsCleanly(mutated, LIMITS)) {
        rejected++;
      }
    }
    assertThat(rejected).isPositive();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mutationsUnderTightLimits_onlyEverFailWithCborException(long seed) {
    Random random = new Random(seed);
    byte[] valid = sample(random);
    CborLimits tight = new CborLimits(64, 2, 3, 8, true);
    for (int i = 0; i < CASES; i++) {
      readsCleanly(mutate(valid, random), tight);
    }
  }

  /** A tag-like structure: tag 18, COSE_Sign1-shaped array with a claims map. */
  private static byte[] sample(Random random) {
    byte[] kid = new byte[8];
    random.nextBytes(kid);
    byte[] signature = new byte[64];
    random.nextBytes(signature);
    byte[] serial = new byte[10];
    random.nextBytes(serial);
    byte[] claims = new CborWriter()
        .writeMapHeader(6)
        .writeUnsigned(0)
        .writeUnsigned(1)
        .writeUnsigned(1)
        .writeBytes(serial)
        .writeUnsigned(3)
        .writeText("bt-bình-01")
        .writeUnsigned(5)
        .writeUnsigned(random.nextInt(1000))
        .writeUnsigned(6)
        .writeUnsigned(19_000 + random.nextInt(2000))
        .writeUnsigned(7)
        .writeUnsigned(random.nextInt(70_000))
        .toByteArray();
    byte[] protectedHeader = new CborWriter()
        .writeMapHeader(2)
        .writeUnsigned(1)
        .writeInt(-8)
        .writeUnsigned(4)
        .writeBytes(kid)
        .toByteArray();
    return new CborWriter()
        .writeTag(18)
        .writeArrayHeader(4)
        .writeBytes(protectedHeader)
        .writeMapHeader(1)
        .writeInt(-1)
        .writeArrayHeader(2)
        .writeBoolean(true)
        .writeNull()
        .writeBytes(claims)
        .writeBytes(signature)
        .toByteArray();
  }

  private static byte[] mutate(byte[] valid, Random random) {
    byte[] out = valid.clone();
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      switch (random.nextInt(5)) {
        case 0:
          out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
          break;
        case 1:
          out[random.nextInt(out.length)] = (byte) random.nextInt(256);
          break;
        case 2:
          out = java.util.Arrays.copyOf(out, random.nextInt(out.length + 1));
          if (out.length == 0) {
            return out;
          }
          break;
        case 3:
          {
            byte[] longer = java.util.Arrays.copyOf(out, out.length + 1 + random.nextInt(8));
            for (int i = out.length; i < longer.length; i++) {
              longer[i] = (byte) random.nextInt(256);
            }
            out = longer;
          }
          break;
        default:
          // A header byte announcing a huge length, as an attacker would write.
          out[random.nextInt(out.length)] = (byte) (0x40 | 26 + random.nextInt(2));
          break;
      }
    }
    return out;
  }

  private static boolean readsCleanly(byte[] input, CborLimits limits) {
    try {
      CborReader reader = new CborReader(input, limits);
      reader.skip();
      reader.expectEnd();
      return true;
    } catch (CborException expected) {
      return false;
    }
  }
}
