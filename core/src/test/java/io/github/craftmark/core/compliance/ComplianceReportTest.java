package io.github.craftmark.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.json.GoldenJson;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceReportTest {
  static final Finding IVORY = Finding.error(
          "RESTRICTED_GOODS_BANNED",
          "The listing mentions banned goods: Ivory (keyword \"ngà voi\").",
          "Tin đăng nhắc tới hàng cấm: Ngà voi (từ khóa \"ngà voi\").")
      .withField("name")
      .withLegalBasis("Circular 47/2014/TT-BCT");
  static final Finding CARE = Finding.warning(
          "LABEL_CARE_INSTRUCTIONS_MISSING",
          "Textiles should carry care instructions.",
          "Hàng dệt may nên có hướng dẫn sử dụng, bảo quản.")
      .withField("label.careInstructions");
  static final Finding TAX =
      Finding.info("TAX_WITHHELD", "The platform withholds 18.750 ₫.", "Sàn khấu trừ 18.750 ₫.");

  @Test
  void helpers_filterBySeverityAndListCodes() {
    ComplianceReport report = ComplianceReport.of(CARE, IVORY, TAX, IVORY);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.findings(Severity.WARNING)).containsExactly(CARE);
    assertThat(report.findings(Severity.ERROR)).containsExactly(IVORY, IVORY);
    assertThat(report.codes())
        .containsExactly(
            "LABEL_CARE_INSTRUCTIONS_MISSING", "RESTRICTED_GOODS_BANNED", "TAX_WITHHELD");
    assertThat(ComplianceReport.of(CARE, TAX).hasErrors()).isFalse();
    assertThat(ComplianceReport.empty().findings().isEmpty()).isTrue();
    assertThat(ComplianceReport.empty().hasErrors()).isFalse();
  }

  @Test
  void plusAndWith_appendInOrder() {
    ComplianceReport report = ComplianceReport.of(List.of(CARE)).plus(ComplianceReport.of(TAX));
    assertThat(report.with(IVORY).findings()).containsExactly(CARE, TAX, IVORY);
    assertThat(report.findings()).containsExactly(CARE, TAX);
  }

  @Test
  void constructor_whenFindingNull_isRejectedNamingIndex() {
    assertThatThrownBy(() -> ComplianceReport.of(Arrays.asList(CARE, null)))
        .hasMessage("findings[1] must not be null: null");
    assertThat(new ComplianceReport(null).findings()).isEmpty();
  }

  @Test
  void json_matchesGolden() {
    GoldenJson.assertMatchesGolden(
        ComplianceReport.of(IVORY, CARE, TAX),
        ComplianceReport.class,
        "compliance/compliance-report.json");
  }
}
