package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListingRejectedExceptionTest {
  @Test
  void message_countsAndNamesTheErrorsOnly() {
    ListingRejectedException e = new ListingRejectedException(
        Marketplace.TIKTOK_SHOP,
        List.of(
            MappingProblem.error(
                "product.nameVi",
                ProblemCode.TITLE_TOO_SHORT,
                "must be at least" + " 25 characters for TikTok Shop: 4"),
            MappingProblem.warning("brandId", ProblemCode.of("NOTE"), "is empty"),
            MappingProblem.error(
                "images", ProblemCode.NO_IMAGE, "must have at least 1 for" + " TikTok Shop: 0")));

    assertThat(e)
        .hasMessage("TikTok Shop error LISTING_REJECTED: refused before any call, 2 errors:"
            + " TITLE_TOO_SHORT product.nameVi (must be at least 25 characters for TikTok Shop:"
            + " 4); NO_IMAGE images (must have at least 1 for TikTok Shop: 0)");
    assertThat(e.problems()).hasSize(3);
    assertThat(e.errorCode()).isEqualTo(ListingRejectedException.LISTING_REJECTED);
    assertThat(e.requestId()).isEmpty();
    assertThat(e.httpStatus()).isZero();
    assertThat(e.isRetryable()).isFalse();
  }
}
