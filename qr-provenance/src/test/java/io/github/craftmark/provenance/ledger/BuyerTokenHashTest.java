package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class BuyerTokenHashTest {
  private static final LedgerSalt SALT = LedgerSalt.of(new byte[16]);

  @Test
  void compute_isTheSaltedHmacOfTheNfcToken() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(new byte[16], "HmacSHA256"));
    byte[] expected =
        mac.doFinal("CraftMark buyer v1\u0000Lan Nguyễn".getBytes(StandardCharsets.UTF_8));

    // The token with its letters decomposed (NFD) hashes as its NFC form.
    BuyerTokenHash hash = BuyerTokenHash.compute(SALT, "Lan Nguye\u0302\u0303n");

    assertThat(hash.toBytes()).isEqualTo(expected);
  }

  @Test
  void matches_sameTokenOnly() {
    BuyerTokenHash lan = BuyerTokenHash.compute(SALT, "lan@example.vn");

    assertThat(lan.matches(BuyerTokenHash.compute(SALT, "lan@example.vn"))).isTrue();
    assertThat(lan.matches(BuyerTokenHash.compute(SALT, "minh@example.vn"))).isFalse();
    assertThat(lan.matches(null)).isFalse();
    assertThat(BuyerTokenHash.of(lan.toBytes())).isEqualTo(lan).hasSameHashCodeAs(lan);
  }

  @Test
  void toString_isRedacted() {
    assertThat(BuyerTokenHash.compute(SALT, "lan@example.vn"))
        .hasToString("BuyerTokenHash[redacted]");
  }

  @Test
  void invalid_isRejectedWithoutShowingTheToken() {
    assertThatThrownBy(() -> BuyerTokenHash.compute(SALT, ""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("buyerToken must not be blank");
    assertThatThrownBy(() -> BuyerTokenHash.compute(SALT, "t".repeat(513)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("buyerToken must be at most 512 characters");
    assertThatThrownBy(() -> BuyerTokenHash.compute(SALT, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("buyerToken must not be null: null");
    assertThatThrownBy(() -> BuyerTokenHash.of(new byte[16]))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("buyerTokenHash must be 32 bytes: \"16 bytes\"");
  }
}
