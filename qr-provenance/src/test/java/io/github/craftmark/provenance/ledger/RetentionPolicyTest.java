package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
  private static final Instant NOW = Instant.parse("2025-07-15T03:04:05Z");

  @Test
  void aggregateAfter_keepsAggregatesForEver() {
    RetentionPolicy policy = RetentionPolicy.aggregateAfter(Duration.ofDays(90));

    assertThat(policy).isEqualTo(new RetentionPolicy(Duration.ofDays(90), true, Optional.empty()));
    assertThat(policy.scanCutoff(NOW)).isEqualTo(Instant.parse("2025-04-16T00:00:00Z"));
    assertThat(policy.aggregateCutoff(NOW)).isEmpty();
  }

  @Test
  void withAggregatesKeptFor_cutsAggregatesAtAUtcMidnight() {
    RetentionPolicy policy = RetentionPolicy.aggregateAfter(Duration.ofDays(1))
        .withAggregatesKeptFor(Duration.ofDays(365));

    assertThat(policy.scanCutoff(NOW)).isEqualTo(Instant.parse("2025-07-14T00:00:00Z"));
    assertThat(policy.aggregateCutoff(NOW)).contains(Instant.parse("2024-07-15T00:00:00Z"));
  }

  @Test
  void deleteAfter_doesNotAggregate() {
    assertThat(RetentionPolicy.deleteAfter(Duration.ofDays(7)).aggregate()).isFalse();
  }

  @Test
  void invalid_isRejectedNamingTheField() {
    assertThatThrownBy(() -> RetentionPolicy.deleteAfter(Duration.ofHours(23)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("keepScans must be at least 1 day: PT23H");
    assertThatThrownBy(() -> RetentionPolicy.aggregateAfter(Duration.ofDays(90))
            .withAggregatesKeptFor(Duration.ofDays(30)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("keepAggregates must be at least keepScans PT2160H: PT720H");
    assertThatThrownBy(() -> RetentionPolicy.deleteAfter(Duration.ofDays(1))
            .withAggregatesKeptFor(Duration.ofDays(2)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("keepAggregates must be empty when scans are not aggregated: PT48H");
    assertThatThrownBy(() -> RetentionPolicy.aggregateAfter(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("keepScans must not be null: null");
    assertThatThrownBy(() -> RetentionPolicy.aggregateAfter(Duration.ofDays(1)).scanCutoff(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("now must not be null: null");
  }
}
