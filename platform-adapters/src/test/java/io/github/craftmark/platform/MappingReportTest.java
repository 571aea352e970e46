package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MappingReportTest {
  private static final MappingProblem ERROR =
      MappingProblem.error("images", ProblemCode.NO_IMAGE, "must have at least 1 for Lazada: 0");
  private static final MappingProblem WARNING =
      MappingProblem.warning("brandId", ProblemCode.of("LAZADA_NO_BRAND"), "is empty");

  @Test
  void of_makesTheResultOnlyWithoutErrors() {
    AtomicInteger made = new AtomicInteger();

    MappingReport<String> rejected = MappingReport.of(
        Marketplace.LAZADA, List.of(ERROR, WARNING), () -> "draft" + made.incrementAndGet());
    MappingReport<String> ok = MappingReport.of(
        Marketplace.LAZADA, List.of(WARNING), () -> "draft" + made.incrementAndGet());

    assertThat(rejected.isOk()).isFalse();
    assertThat(rejected.errors()).containsExactly(ERROR);
    assertThat(rejected.warnings()).containsExactly(WARNING);
    assertThat(ok.orElseThrow()).isEqualTo("draft1");
    assertThat(made).hasValue(1);
  }

  @Test
  void orElseThrow_listsEveryProblem() {
    MappingReport<String> rejected =
        MappingReport.of(Marketplace.LAZADA, List.of(ERROR, WARNING), () -> "never");

    assertThatThrownBy(rejected::orElseThrow)
        .isInstanceOfSatisfying(ListingRejectedException.class, e -> assertThat(e.problems())
            .containsExactly(ERROR, WARNING))
        .hasMessage("Lazada error LISTING_REJECTED: refused before any call, 1 error: NO_IMAGE"
            + " images (must have at least 1 for Lazada: 0)");
  }

  @Test
  void constructor_refusesAResultBesideAnErrorOrNeither() {
    assertThatThrownBy(
            () -> new MappingReport<>(Marketplace.LAZADA, Optional.of("x"), List.of(ERROR)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("result must be empty when a problem is an error: \"present\"");
    assertThatThrownBy(() -> new MappingReport<>(Marketplace.LAZADA, Optional.empty(), List.of()))
        .hasMessage("result must be present without errors: \"empty\"");
  }
}
