package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class DeviceFingerprintTest {
  private static final byte[] SALT_BYTES = new byte[32];
  private static final LedgerSalt SALT = LedgerSalt.of(SALT_BYTES);

  @Test
  void compute_isTheSaltedHmacOfTheId() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SALT_BYTES, "HmacSHA256"));
    byte[] expected = Arrays.copyOf(
        mac.doFinal("CraftMark device v1\u0000install-42".getBytes(StandardCharsets.UTF_8)), 16);

    assertThat(DeviceFingerprint.compute(SALT, "install-42").toBytes()).isEqualTo(expected);
  }

  @Test
  void compute_differsBySaltAndById() {
    LedgerSalt other = LedgerSalt.of(HexFormat.of().parseHex("ff".repeat(32)));

    assertThat(DeviceFingerprint.compute(SALT, "a"))
        .isEqualTo(DeviceFingerprint.compute(SALT, "a"));
    assertThat(DeviceFingerprint.compute(SALT, "a"))
        .isNotEqualTo(DeviceFingerprint.compute(SALT, "b"));
    assertThat(DeviceFingerprint.compute(SALT, "a"))
        .isNotEqualTo(DeviceFingerprint.compute(other, "a"));
    assertThat(DeviceFingerprint.compute(SALT, "a").toBytes())
        .isNotEqualTo(BuyerTokenHash.compute(SALT, "a").toBytes());
  }

  @Test
  void of_readsBackTheBytes() {
    DeviceFingerprint fingerprint = DeviceFingerprint.compute(SALT, "install-42");

    assertThat(DeviceFingerprint.of(fingerprint.toBytes())).isEqualTo(fingerprint);
    assertThat(DeviceFingerprint.of(fingerprint.toBytes()).hashCode())
        .isEqualTo(fingerprint.hashCode());
  }

  @Test
  void toString_showsFourBytesNeverTheId() {
    DeviceFingerprint fingerprint =
        DeviceFingerprint.of(HexFormat.of().parseHex("3fa2c901" + "00".repeat(12)));

    assertThat(fingerprint).hasToString("DeviceFingerprint[3fa2c901…]");
    assertThat(DeviceFingerprint.compute(SALT, "install-42").toString()).doesNotContain("install");
  }

  @Test
  void invalid_isRejectedWithoutShowingTheId() {
    assertThatThrownBy(() -> DeviceFingerprint.compute(SALT, " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("deviceId must not be blank");
    assertThatThrownBy(() -> DeviceFingerprint.compute(SALT, "s".repeat(513)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("deviceId must be at most 512 characters");
    assertThatThrownBy(() -> DeviceFingerprint.compute(null, "a"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("salt must not be null: null");
    assertThatThrownBy(() -> DeviceFingerprint.of(new byte[15]))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("deviceFingerprint must be 16 bytes: \"15 bytes\"");
  }
}
