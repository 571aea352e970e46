package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CopyRuleTest {

  @Test
  void codes_areStableAndDistinct() {
    assertThat(Arrays.stream(CopyRule.values()).map(CopyRule::code))
        .containsExactly(
            "too-many-places", "too-many-scans", "impossible-travel", "scanned-far-from-claim");
  }

  @Test
  void meanings_existInBothLanguages_inNfc() {
    assertThat(CopyRule.values()).allSatisfy(rule -> {
      assertThat(rule.meaning()).isNotBlank();
      assertThat(rule.meaningVi())
          .isNotBlank()
          .isEqualTo(Normalizer.normalize(rule.meaningVi(), Normalizer.Form.NFC));
    });
  }
}
