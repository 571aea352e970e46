package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CriteriaVersionTest {

  @Test
  void versions_carryTheirLegalReferenceAndDates() {
    assertThat(CriteriaVersion.DECISION_1048_2019.inForceFrom())
        .isEqualTo(LocalDate.of(2019, 8, 21));
    assertThat(CriteriaVersion.DECISION_1048_2019.replacedOn()).contains(LocalDate.of(2023, 2, 24));
    assertThat(CriteriaVersion.DECISION_148_2023.replacedOn()).isEmpty();
    assertThat(CriteriaVersion.DECISION_1489_2025.inForceFrom())
        .isEqualTo(LocalDate.of(2025, 7, 6));
    assertThat(CriteriaVersion.DECISION_1489_2025.legalReference()).contains("1489/QĐ-TTg");
  }

  @Test
  void inForceOn_returnsTheLatestVersionInForce() {
    assertThat(CriteriaVersion.inForceOn(LocalDate.of(2019, 8, 20))).isEmpty();
    assertThat(CriteriaVersion.inForceOn(LocalDate.of(2019, 8, 21)))
        .contains(CriteriaVersion.DECISION_1048_2019);
    assertThat(CriteriaVersion.inForceOn(LocalDate.of(2023, 2, 23)))
        .contains(CriteriaVersion.DECISION_1048_2019);
    assertThat(CriteriaVersion.inForceOn(LocalDate.of(2023, 2, 24)))
        .contains(CriteriaVersion.DECISION_148_2023);
    assertThat(CriteriaVersion.inForceOn(LocalDate.of(2025, 7, 5)))
        .contains(CriteriaVersion.DECISION_148_2023);
    assertThat(CriteriaVersion.inForceOn(LocalDate.of(2025, 7, 6)))
        .contains(CriteriaVersion.DECISION_1489_2025);
  }

  @Test
  void isInForceBy_isTrueFromTheFirstDay() {
    assertThat(CriteriaVersion.DECISION_148_2023.isInForceBy(LocalDate.of(2023, 2, 23)))
        .isFalse();
    assertThat(CriteriaVersion.DECISION_148_2023.isInForceBy(LocalDate.of(2023, 2, 24)))
        .isTrue();
    assertThat(CriteriaVersion.DECISION_148_2023.criteria().version())
        .isEqualTo(CriteriaVersion.DECISION_148_2023);
  }
}
