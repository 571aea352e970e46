package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScanContextTest {

  @Test
  void none_knowsNothing() {
    assertThat(ScanContext.none())
        .isEqualTo(new ScanContext(ScanPlace.unknown(), Optional.empty()));
  }

  @Test
  void toString_neverShowsTheDeviceId() {
    ScanContext context = ScanContext.at(ScanPlace.province("01")).withDevice("0912345678");

    assertThat(context).hasToString("ScanContext[place=p:01, deviceId=redacted]");
    assertThat(ScanContext.none()).hasToString("ScanContext[place=u, deviceId=none]");
    assertThat(context.deviceId()).contains("0912345678");
  }

  @Test
  void invalidDeviceIds_areRejectedWithoutShowingThem() {
    assertThatThrownBy(() -> ScanContext.none().withDevice(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("deviceId must not be blank");
    assertThatThrownBy(() -> ScanContext.none().withDevice("9".repeat(513)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("deviceId must be at most 512 characters");
    assertThatThrownBy(() -> ScanContext.none().withDevice(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("deviceId must not be null: null");
    assertThatThrownBy(() -> ScanContext.at(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("place must not be null: null");
  }
}
