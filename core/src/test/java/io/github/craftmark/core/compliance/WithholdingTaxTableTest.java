package io.github.craftmark.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import io.github.craftmark.core.money.Money;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WithholdingTaxTableTest {
  private static final WithholdingTaxTable DEFAULT = WithholdingTaxTable.defaultTable();
  private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

  private static WithheldTax withheld(
      long gross, SupplyCategory category, Residency residency, LocalDate date) {
    WithholdingOutcome outcome = DEFAULT.withhold(Money.ofDong(gross), category, residency, date);
    assertThat(outcome).isInstanceOf(WithheldTax.class);
    return (WithheldTax) outcome;
  }

  @Test
  void withhold_goodsFromResident_isOnePercentVatAndHalfPercentPit() {
    WithheldTax tax =
        withheld(1_250_000, SupplyCategory.GOODS, Residency.RESIDENT, LocalDate.of(2025, 9, 2));
    assertThat(tax.vat()).isEqualTo(Money.ofDong(12_500));
    assertThat(tax.pit()).isEqualTo(Money.ofDong(6_250));
    assertThat(tax.total()).isEqualTo(Money.ofDong(18_750));
    assertThat(tax.net()).isEqualTo(Money.ofDong(1_231_250));
    assertThat(tax.vatBasisPoints()).isEqualTo(100);
    assertThat(tax.pitBasisPoints()).isEqualTo(50);
    assertThat(tax.legalBasis()).isEqualTo("Decree 117/2025/NĐ-CP");
    assertThat(tax.rounding()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(tax.hasWithholding()).isTrue();
    assertThat(tax.totalWithheld()).isEqualTo(Money.ofDong(18_750));
    assertThat(tax.withheldTax()).contains(tax);
  }

  @ParameterizedTest
  @CsvSource({
    // gross, category, residency, vat, pit
    "1250000, GOODS, RESIDENT, 12500, 6250",
    "1250000, GOODS, NON_RESIDENT, 12500, 12500",
    "1250000, SERVICES, RESIDENT, 62500, 25000",
    "1250000, SERVICES, NON_RESIDENT, 62500, 62500",
    "1250000, TRANSPORT_AND_GOODS_RELATED_SERVICES, RESIDENT, 37500, 18750",
    "1250000, TRANSPORT_AND_GOODS_RELATED_SERVICES, NON_RESIDENT, 37500, 25000",
    "1250000, UNKNOWN, RESIDENT, 62500, 25000",
    "1250000, UNKNOWN, NON_RESIDENT, 62500, 62500",
    // 333 ₫: 3.33 → 3 and 1.665 → 2; 16.65 → 17 and 6.66 → 7; 9.99 → 10 and 4.995 → 5
    "333, GOODS, RESIDENT, 3, 2",
    "333, GOODS, NON_RESIDENT, 3, 3",
    "333, SERVICES, RESIDENT, 17, 7",
    "333, SERVICES, NON_RESIDENT, 17, 17",
    "333, TRANSPORT_AND_GOODS_RELATED_SERVICES, RESIDENT, 10, 5",
    "333, TRANSPORT_AND_GOODS_RELATED_SERVICES, NON_RESIDENT, 10, 7",
    "100, GOODS, RESIDENT, 1, 1",
    "99, GOODS, RESIDENT, 1, 0",
    "49, GOODS, RESIDENT, 0, 0",
    "0, SERVICES, RESIDENT, 0, 0",
    "-333, GOODS, RESIDENT, -3, -2",
    "-1250000, SERVICES, NON_RESIDENT, -62500, -62500"
  })
  void withhold_appliesDecree117RatesRoundingEachTaxHalfUp(
      long gross, SupplyCategory category, Residency residency, long vat, long pit) {
    WithheldTax tax = withheld(gross, category, residency, JULY_1);
    assertThat(tax.vat().dong()).isEqualTo(vat);
    assertThat(tax.pit().dong()).isEqualTo(pit);
    assertThat(tax.total().dong()).isEqualTo(vat + pit);
  }

  @Test
  void withhold_withAnotherRounding_usesItForEachTax() {
    WithholdingOutcome outcome = DEFAULT.withhold(
        Money.ofDong(333), SupplyCategory.GOODS, Residency.RESIDENT, JULY_1, RoundingMode.DOWN);
    WithheldTax tax = outcome.withheldTax().orElseThrow();
    assertThat(tax.vat().dong()).isEqualTo(3);
    assertThat(tax.pit().dong()).isEqualTo(1);
    assertThat(tax.rounding()).isEqualTo(RoundingMode.DOWN);
  }

  @Test
  void withhold_beforeJuly2025_isNoRuleNotAnException() {
    LocalDate june30 = LocalDate.of(2025, 6, 30);
    WithholdingOutcome outcome =
        DEFAULT.withhold(Money.ofDong(1_250_000), SupplyCategory.GOODS, Residency.RESIDENT, june30);
    assertThat(outcome).isEqualTo(new NoWithholdingRule(june30));
    assertThat(outcome.hasWithholding()).isFalse();
    assertThat(outcome.totalWithheld()).isEqualTo(Money.ZERO);
    assertThat(outcome.withheldTax()).isEmpty();
    assertThat(DEFAULT.rateSetOn(june30)).isEmpty();
    assertThat(DEFAULT.rateSetOn(JULY_1)).isPresent();
    assertThat(withheld(1_250_000, SupplyCategory.GOODS, Residency.RESIDENT, JULY_1)
            .total())
        .isEqualTo(Money.ofDong(18_750));
    assertThat(DEFAULT.rateSetOn(LocalDate.of(2099, 1, 1))).isPresent();
  }

  static Stream<Arguments> randomTransactions() {
    Random random = new Random(117L);
    SupplyCategory[] categories = SupplyCategory.values();
    Residency[] residencies = Residency.values();
    return IntStream.range(0, 1000)
        .mapToObj(i -> Arguments.of(
            (long) random.nextInt(2_000_000_000),
            categories[random.nextInt(categories.length)],
            residencies[random.nextInt(residencies.length)]));
  }

  @ParameterizedTest
  @MethodSource("randomTransactions")
  void withhold_onARefund_mirrorsTheSaleExactly(
      long gross, SupplyCategory category, Residency residency) {
    WithheldTax sale = withheld(gross, category, residency, JULY_1);
    WithheldTax refund = withheld(-gross, category, residency, JULY_1);
    assertThat(refund.vat()).isEqualTo(sale.vat().negate());
    assertThat(refund.pit()).isEqualTo(sale.pit().negate());
    assertThat(sale.total()).isEqualTo(sale.vat().plus(sale.pit()));
    // Each tax is within half a đồng of the exact rate.
    long exactVatTimes10000 = gross * sale.vatBasisPoints();
    assertThat(Math.abs(sale.vat().dong() * 10_000 - exactVatTimes10000))
        .isLessThanOrEqualTo(5_000);
  }

  @Test
  void customTable_withANewDecree_switchesRatesOnItsFirstDay() {
    WithholdingRateSet decree117 =
        DEFAULT.rateSets().get(0).withEffectiveUntil(LocalDate.of(2026, 12, 31));
    WithholdingRateSet later = WithholdingRateSet.of(
        LocalDate.of(2027, 1, 1),
        "Decree 999/2026/NĐ-CP (hypothetical)",
        List.of(
            CategoryRates.of(SupplyCategory.GOODS, 150, 50, 100),
            CategoryRates.of(SupplyCategory.SERVICES, 500, 200, 500),
            CategoryRates.of(SupplyCategory.TRANSPORT_AND_GOODS_RELATED_SERVICES, 300, 150, 200),
            CategoryRates.of(SupplyCategory.UNKNOWN, 1000, 1000, 1000)));
    WithholdingTaxTable table = WithholdingTaxTable.of(later, decree117);
    assertThat(table.rateSets()).containsExactly(decree117, later);
    Money gross = Money.ofDong(1_000_000);
    assertThat(table
            .withhold(gross, SupplyCategory.GOODS, Residency.RESIDENT, LocalDate.of(2026, 12, 31))
            .totalWithheld())
        .isEqualTo(Money.ofDong(15_000));
    WithheldTax next = table
        .withhold(gross, SupplyCategory.GOODS, Residency.RESIDENT, LocalDate.of(2027, 1, 1))
        .withheldTax()
        .orElseThrow();
    assertThat(next.vat()).isEqualTo(Money.ofDong(15_000));
    assertThat(next.legalBasis()).isEqualTo("Decree 999/2026/NĐ-CP (hypothetical)");
    assertThat(later.ratesFor(SupplyCategory.UNKNOWN).vatBasisPoints()).isEqualTo(1000);
  }

  @Test
  void constructor_whenPeriodsOverlap_isRejected() {
    WithholdingRateSet open = DEFAULT.rateSets().get(0);
    WithholdingRateSet later =
        WithholdingRateSet.of(LocalDate.of(2026, 1, 1), "Decree X", open.rates());
    assertThatThrownBy(() -> WithholdingTaxTable.of(open, later))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("rateSets must not overlap: \"2025-07-01.. (Decree 117/2025/NĐ-CP) and"
            + " 2026-01-01.. (Decree X)\"");
    WithholdingRateSet closedOnTheSameDay = open.withEffectiveUntil(LocalDate.of(2026, 1, 1));
    assertThatThrownBy(() -> WithholdingTaxTable.of(closedOnTheSameDay, later))
        .hasMessageStartingWith("rateSets must not overlap: \"2025-07-01..2026-01-01");
    assertThatThrownBy(() -> WithholdingTaxTable.of()).hasMessage("rateSets must not be empty: []");
  }

  @Test
  void rateSet_whenRatesIncompleteOrRepeated_isRejected() {
    assertThatThrownBy(() -> WithholdingRateSet.of(
            JULY_1, "Decree X", List.of(CategoryRates.of(SupplyCategory.GOODS, 100, 50, 100))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("rates must include the category: SERVICES");
    assertThatThrownBy(() -> WithholdingRateSet.of(
            JULY_1,
            "Decree X",
            List.of(
                CategoryRates.of(SupplyCategory.GOODS, 100, 50, 100),
                CategoryRates.of(SupplyCategory.GOODS, 100, 50, 100))))
        .hasMessage("rates must not repeat a category: GOODS");
    assertThatThrownBy(
            () -> DEFAULT.rateSets().get(0).withEffectiveUntil(LocalDate.of(2025, 6, 30)))
        .hasMessage("effectiveUntil must not be before effectiveFrom 2025-07-01: 2025-06-30");
    assertThatThrownBy(() -> CategoryRates.of(SupplyCategory.GOODS, 10_001, 0, 0))
        .hasMessage("vatBasisPoints must be 0..10000: 10001");
    assertThatThrownBy(() -> CategoryRates.of(SupplyCategory.GOODS, 100, -1, 0))
        .hasMessage("residentPitBasisPoints must be 0..10000: -1");
  }

  @Test
  void withheldTax_whenAmountsDoNotFollowFromRates_isRejected() {
    Money gross = Money.ofDong(1_250_000);
    assertThatThrownBy(() -> new WithheldTax(
            gross,
            100,
            50,
            Money.ofDong(12_000),
            Money.ofDong(6_250),
            Money.ofDong(18_250),
            "Decree 117/2025/NĐ-CP",
            RoundingMode.HALF_UP))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("vat must be 12500: 12000");
    assertThatThrownBy(() -> new WithheldTax(
            gross,
            100,
            50,
            Money.ofDong(12_500),
            Money.ofDong(6_250),
            Money.ofDong(18_000),
            "Decree 117/2025/NĐ-CP",
            RoundingMode.HALF_UP))
        .hasMessage("total must be 18750: 18000");
  }

  @Test
  void withheldTax_toFinding_tellsTheSellerInBothLanguages() {
    Finding finding =
        withheld(1_250_000, SupplyCategory.GOODS, Residency.RESIDENT, JULY_1).toFinding();
    assertThat(finding.code()).isEqualTo("TAX_WITHHELD");
    assertThat(finding.severity()).isEqualTo(Severity.INFO);
    assertThat(finding.messageEn())
        .isEqualTo("The platform withholds 18.750\u00a0₫ (VAT 12.500\u00a0₫, PIT 6.250\u00a0₫)"
            + " from 1.250.000\u00a0₫.");
    assertThat(finding.messageVi()).startsWith("Sàn khấu trừ 18.750\u00a0₫ (thuế GTGT");
    assertThat(finding.legalBasis()).contains("Decree 117/2025/NĐ-CP");
  }

  @Test
  void json_defaultTableMatchesGolden() {
    GoldenJson.assertMatchesGolden(
        DEFAULT, WithholdingTaxTable.class, "compliance/withholding-tax-table.json");
  }

  @Test
  void json_outcomesMatchGolden() {
    GoldenJson.assertMatchesGolden(
        withheld(1_250_000, SupplyCategory.GOODS, Residency.RESIDENT, JULY_1),
        WithheldTax.class,
        "compliance/withheld-tax.json");
    GoldenJson.assertMatchesGolden(
        new NoWithholdingRule(LocalDate.of(2025, 6, 30)),
        NoWithholdingRule.class,
        "compliance/no-withholding-rule.json");
  }

  @Test
  void json_whenOverlappingOrInconsistent_failsToRead() {
    String set = "{\"effectiveFrom\":\"%s\",\"legalBasis\":\"D\",\"rates\":["
        + "{\"category\":\"GOODS\",\"vatBasisPoints\":100,\"residentPitBasisPoints\":50,"
        + "\"nonResidentPitBasisPoints\":100},"
        + "{\"category\":\"SERVICES\",\"vatBasisPoints\":500,\"residentPitBasisPoints\":200,"
        + "\"nonResidentPitBasisPoints\":500},"
        + "{\"category\":\"TRANSPORT_AND_GOODS_RELATED_SERVICES\",\"vatBasisPoints\":300,"
        + "\"residentPitBasisPoints\":150,\"nonResidentPitBasisPoints\":200}]}";
    String json =
        "{\"rateSets\":[" + set.formatted("2025-07-01") + "," + set.formatted("2026-01-01") + "]}";
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(json, WithholdingTaxTable.class))
        .hasMessageContaining("rateSets must not overlap");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(
            "{\"gross\":1250000,\"vatBasisPoints\":100,\"pitBasisPoints\":50,\"vat\":1,"
                + "\"pit\":6250,\"total\":6251,\"legalBasis\":\"D\",\"rounding\":\"HALF_UP\"}",
            WithheldTax.class))
        .hasMessageContaining("vat must be 12500: 1");
  }
}
