package io.github.craftmark.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.ocop.OcopCertificate;
import io.github.craftmark.core.ocop.OcopRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceRulesTest {

  @Test
  void defaults_holdTheBuiltInData() {
    ComplianceRules rules = ComplianceRules.defaults();
    assertThat(rules.withholdingTaxTable()).isEqualTo(WithholdingTaxTable.defaultTable());
    assertThat(rules.restrictedGoods()).isEqualTo(RestrictedGoodsList.defaultList());
    assertThat(rules.brandRegistry().brands()).isEmpty();
    assertThat(rules.ocopCertificates()).isEmpty();
    assertThat(rules.ocopRules()).isEqualTo(OcopRules.defaults());
    assertThat(rules.ocopClaimKeywords())
        .containsExactly("OCOP", "Mỗi xã một sản phẩm", "One Commune One Product");
    assertThat(rules.labelRules()).isEqualTo(LabelRules.defaults());
    assertThat(rules.residency()).isEqualTo(Residency.RESIDENT);
    assertThat(ComplianceRules.defaults()).isSameAs(rules);
  }

  @Test
  void toBuilder_replacesOnlyWhatIsSet() {
    ComplianceRules base = ComplianceFixtures.rules();
    ComplianceRules changed = base.toBuilder()
        .residency(Residency.NON_RESIDENT)
        .ocopClaimKeywords(List.of("OCOP"))
        .build();
    assertThat(changed.residency()).isEqualTo(Residency.NON_RESIDENT);
    assertThat(changed.ocopClaimKeywords()).containsExactly("OCOP");
    assertThat(changed.brandRegistry()).isSameAs(base.brandRegistry());
    assertThat(changed.ocopCertificates()).isEqualTo(base.ocopCertificates());
    assertThat(base.residency()).isEqualTo(Residency.RESIDENT);
  }

  @Test
  void ocopCertificate_findsByNumberAfterNfc() {
    ComplianceRules rules = ComplianceFixtures.rules();
    OcopCertificate vase = ComplianceFixtures.vaseCertificate();
    assertThat(rules.ocopCertificate(" EXAMPLE-153/2024/GCN-OCOP ")).contains(vase);
    assertThat(rules.ocopCertificate("EXAMPLE-153/2024/gcn-ocop")).isEmpty();
    assertThat(rules.ocopCertificates())
        .containsExactly(vase, ComplianceFixtures.districtCertificateAfterReform());
  }

  @Test
  void build_whenCertificateNumberRepeats_isRejectedNamingIt() {
    OcopCertificate vase = ComplianceFixtures.vaseCertificate();
    assertThatThrownBy(() -> ComplianceRules.builder()
            .addOcopCertificate(vase)
            .addOcopCertificate(vase.toBuilder().stars(5).build())
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ocopCertificates[1].certificateNumber must not repeat another certificate's"
            + " number: \"EXAMPLE-153/2024/GCN-OCOP\"");
  }

  @Test
  void build_whenPartMissing_isRejectedNamingIt() {
    assertThatThrownBy(() -> ComplianceRules.builder().withholdingTaxTable(null).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("withholdingTaxTable must not be null: null");
    assertThatThrownBy(() -> ComplianceRules.builder().labelRules(null).build())
        .hasMessage("labelRules must not be null: null");
    assertThatThrownBy(() -> ComplianceRules.builder().residency(null).build())
        .hasMessage("residency must not be null: null");
    assertThatThrownBy(
            () -> ComplianceRules.builder().ocopClaimKeywords(List.of(" ")).build())
        .hasMessage("ocopClaimKeywords[0] must not be blank: \" \"");
  }

  @Test
  void ocopCertificate_whenNumberBlank_isRejected() {
    assertThatThrownBy(() -> ComplianceRules.defaults().ocopCertificate(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("certificateNumber must not be blank: \" \"");
  }

  @Test
  void toString_summarisesWithoutDumpingData() {
    assertThat(ComplianceFixtures.rules().toString())
        .isEqualTo("ComplianceRules[withholdingTaxTable=1 rate sets, restrictedGoods=8 entries,"
            + " brandRegistry=1 brands, ocopCertificates=2, residency=RESIDENT]");
  }
}
