package io.github.craftmark.provenance.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.provenance.key.KeyId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagRevocationsTest {
  private static final KeyId KID = KeyId.parseHex("0102030405060708");
  private static final SerialHash A = SerialHash.compute(new byte[] {1});
  private static final SerialHash B = SerialHash.compute(new byte[] {2});

  @Test
  void constructor_sortsTheHashes() {
    List<SerialHash> sorted = A.compareTo(B) < 0 ? List.of(A, B) : List.of(B, A);

    assertThat(new TagRevocations(KID, List.of(sorted.get(1), sorted.get(0))).serialHashes())
        .containsExactlyElementsOf(sorted);
  }

  @Test
  void constructor_whenEmptyOrRepeated_fails() {
    assertThatThrownBy(() -> new TagRevocations(KID, List.of()))
        .hasMessage("serialHashes must hold 1..1000000 hashes: 0");
    assertThatThrownBy(() -> new TagRevocations(KID, List.of(A, B, A)))
        .hasMessage("serialHashes must not repeat: " + A.toHex());
    assertThatThrownBy(() -> new TagRevocations(null, List.of(A)))
        .hasMessage("keyId must not be null: null");
  }
}
