package io.github.craftmark.provenance.internal.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SkuPackingTest {
  private static final String SYMBOLS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-./";

  @Test
  void pack_ofTheDocumentedExample_givesTheDocumentedBytes() {
    // docs/tag-format.md § 2.1
    assertThat(HexFormat.of().withUpperCase().formatHex(SkuPacking.pack("BT-VASE-0042")))
        .isEqualTo("45EAB9D158AA009E");
  }

  @ParameterizedTest
  @CsvSource({
    "0, 00",
    "/, 26",
    "00, E7B7",
    "//, EDA7",
    "000, 0000",
    "///, E7B6",
    "A, 0A",
    "AB, E948",
    "ABC, 3D23"
  })
  void pack_writesGroupsOfThreeTwoAndOne(String sku, String hex) {
    byte[] packed = SkuPacking.pack(sku);
    assertThat(HexFormat.of().withUpperCase().formatHex(packed)).isEqualTo(hex);
    assertThat(SkuPacking.unpack(packed)).isEqualTo(sku);
    assertThat(packed).hasSize(SkuPacking.packedLength(sku.length()));
  }

  @Test
  void isPackable_onlyForTheThirtyNineSymbols() {
    assertThat(SkuPacking.isPackable("BT-VASE/25.5")).isTrue();
    assertThat(SkuPacking.isPackable("bt-vase")).isFalse();
    assertThat(SkuPacking.isPackable("BT_VASE")).isFalse();
    assertThat(SkuPacking.isPackable("")).isFalse();
    assertThatThrownBy(() -> SkuPacking.pack("bt")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unpack_refusesValuesOutOfRange() {
    assertThatThrownBy(() -> SkuPacking.unpack(new byte[0]))
        .hasMessage("expected a packed SKU of at least 1 byte, found 0");
    assertThatThrownBy(() -> SkuPacking.unpack(new byte[] {39}))
        .hasMessage("expected a packed SKU symbol below 39, found 39");
    // 59319 (E7B7) is a pair only as the last group.
    assertThatThrownBy(() -> SkuPacking.unpack(HexFormat.of().parseHex("E7B70000")))
        .hasMessage("expected a packed SKU group below 59319, found 59319")
        .extracting(e -> ((TagDecodingException) e).index())
        .isEqualTo(0);
    assertThatThrownBy(() -> SkuPacking.unpack(HexFormat.of().parseHex("0000EDA8")))
        .hasMessage("expected a packed SKU group below 60840, found 60840")
        .extracting(e -> ((TagDecodingException) e).index())
        .isEqualTo(2);
    assertThatThrownBy(() -> SkuPacking.unpack(HexFormat.of().parseHex("E7B700")))
        .hasMessage("expected a packed SKU group below 59319, found 59319");
  }

  static Stream<String> randomSkus() {
    Random random = new Random(39);
    return IntStream.range(0, 300).mapToObj(i -> {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(64);
      for (int k = 0; k < length; k++) {
        sb.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
      }
      return sb.toString();
    });
  }

  @ParameterizedTest
  @MethodSource("randomSkus")
  void unpack_readsBackWhatPackWrote(String sku) {
    byte[] packed = SkuPacking.pack(sku);
    assertThat(packed).hasSize(SkuPacking.packedLength(sku.length()));
    assertThat(SkuPacking.unpack(packed)).isEqualTo(sku);
  }

  static Stream<byte[]> randomPacked() {
    Random random = new Random(3939);
    return IntStream.range(0, 500).mapToObj(i -> {
      byte[] bytes = new byte[random.nextInt(12)];
      random.nextBytes(bytes);
      return bytes;
    });
  }

  @ParameterizedTest
  @MethodSource("randomPacked")
  void unpack_ofRandomBytes_eitherReadsOneCanonicalSkuOrFailsCleanly(byte[] bytes) {
    try {
      String sku = SkuPacking.unpack(bytes);
      assertThat(SkuPacking.pack(sku)).isEqualTo(bytes);
    } catch (TagDecodingException e) {
      assertThat(e.getMessage()).startsWith("expected ");
    }
  }
}
