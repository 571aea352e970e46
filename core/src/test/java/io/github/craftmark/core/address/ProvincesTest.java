package io.github.craftmark.core.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.testing.RandomInputs;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProvincesTest {
  private final Provinces provinces = Provinces.standard();

  @Test
  void standard_has34UnitsOf6CitiesAnd28Provinces() {
    assertThat(provinces.all()).hasSize(34);
    assertThat(provinces.all().stream().filter(p -> p.kind() == ProvinceKind.CENTRAL_CITY))
        .extracting(Province::shortName)
        .containsExactly("Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ");
    assertThat(provinces.all()).extracting(Province::code).doesNotHaveDuplicates();
  }

  @Test
  void standard_lists29ProvincesMergedIn2025() {
    long merged2025 = provinces.all().stream()
        .flatMap(p -> p.legacy().stream())
        .filter(l -> l.replacedOn().equals(LocalDate.of(2025, 7, 1)))
        .count();
    assertThat(merged2025).isEqualTo(29);
  }

  @Test
  void byCode_findsHaNoi() {
    Province haNoi = provinces.byCode("01").orElseThrow();
    assertThat(haNoi.name()).isEqualTo("Thành phố Hà Nội");
    assertThat(haNoi.kind()).isEqualTo(ProvinceKind.CENTRAL_CITY);
    assertThat(provinces.byCode("02")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "Hà Nội, 01",
    "ha noi, 01",
    "HÀ NỘI, 01",
    "Thành phố Hà Nội, 01",
    "TP. Hà Nội, 01",
    "TP Hà Nội, 01",
    "Tỉnh Ninh Bình, 37",
    "tinh ninh binh, 37",
    "Thanh Hoá, 38",
    "Thanh Hóa, 38",
    "TP.HCM, 79",
    "Hồ Chí Minh, 79",
    "Thừa Thiên Huế, 46",
    "Đăk Lăk, 66",
    "01, 01"
  })
  void find_matchesWithOrWithoutDiacriticsAndPrefixes(String name, String code) {
    assertThat(provinces.find(name)).map(Province::code).contains(code);
  }

  @ParameterizedTest
  @CsvSource({
    "Hà Nam, 37",
    "Tỉnh Nam Định, 37",
    "nam dinh, 37",
    "Hà Tây, 01",
    "Hải Dương, 31",
    "Bà Rịa - Vũng Tàu, 79",
    "Bà Rịa–Vũng Tàu, 79",
    "Bình Dương, 79",
    "Quảng Nam, 48",
    "Hà Giang, 08",
    "Kiên Giang, 91"
  })
  void find_resolvesFormerProvincesToTheirSuccessor(String former, String code) {
    assertThat(provinces.find(former)).map(Province::code).contains(code);
  }

  @Test
  void find_whenUnknownOrBlank_isEmpty() {
    assertThat(provinces.find("Sài Gòn Mới")).isEmpty();
    assertThat(provinces.find(" ")).isEmpty();
    assertThat(provinces.find(null)).isEmpty();
  }

  @Test
  void get_whenUnknown_isRejectedNamingTheText() {
    assertThatThrownBy(() -> provinces.get("Atlantis"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("province must be a known province code or name: \"Atlantis\"");
  }

  @Test
  void of_buildsACustomRegistryAndRejectsRepeatedCodes() {
    Province a =
        new Province("01", "Thành phố A", "A", ProvinceKind.CENTRAL_CITY, List.of(), List.of());
    Province b = new Province("01", "Tỉnh B", "B", ProvinceKind.PROVINCE, List.of(), List.of());
    assertThat(Provinces.of(List.of(a)).find("a")).contains(a);
    assertThatThrownBy(() -> Provinces.of(List.of(a, b)))
        .hasMessage("provinces must not repeat a code: \"01\"");
  }

  @Test
  void find_whenAFormerNameHasTwoSuccessors_isEmptyRatherThanAGuess() {
    LegacyProvince old = new LegacyProvince("Cũ", LocalDate.of(2030, 1, 1), Optional.empty());
    Province a = new Province("01", "Tỉnh A", "A", ProvinceKind.PROVINCE, List.of(), List.of(old));
    Province b = new Province("02", "Tỉnh B", "B", ProvinceKind.PROVINCE, List.of(), List.of(old));
    Provinces split = Provinces.of(List.of(a, b));
    assertThat(split.find("Cũ")).isEmpty();
    assertThat(split.find("Tỉnh Cu")).isEmpty();
    assertThat(split.find("A")).contains(a);
    assertThatThrownBy(() -> split.get("Cũ"))
        .hasMessage("province must be a known province code or name: \"Cũ\"");
    // Listed twice by the same unit, the name is still unambiguous.
    Province c =
        new Province("03", "Tỉnh C", "C", ProvinceKind.PROVINCE, List.of(), List.of(old, old));
    assertThat(Provinces.of(List.of(c)).find("cu")).contains(c);
  }

  @Test
  void find_whenTwoUnitsShareACurrentNameIgnoringPrefix_isRejectedOnBuild() {
    Province a = new Province("01", "Thành phố A", "A", ProvinceKind.CENTRAL_CITY, List.of(), null);
    Province b = new Province("02", "Tỉnh Á", "Á", ProvinceKind.PROVINCE, List.of(), null);
    assertThatThrownBy(() -> Provinces.of(List.of(a, b)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("provinces must not repeat a name: \"Tỉnh Á\"");
  }

  @Test
  void find_acceptsDecomposedTextAndRejectsPartialNames() {
    assertThat(provinces.find("Ha\u0300 No\u0323i")).map(Province::code).contains("01");
    assertThat(provinces.find("Thủ đô Hà Nội")).map(Province::code).contains("01");
    assertThat(provinces.find(" 79 ")).map(Province::code).contains("79");
    assertThat(provinces.find("Bình")).isEmpty();
    assertThat(provinces.find("Hà")).isEmpty();
    assertThat(provinces.find("Tỉnh")).isEmpty();
  }

  @Test
  void standard_namesAreNfcWithDiacriticsAndMatchTheirKind() {
    for (Province province : provinces.all()) {
      assertThat(java.text.Normalizer.isNormalized(province.name(), java.text.Normalizer.Form.NFC))
          .isTrue();
      assertThat(province.name())
          .isEqualTo(province.kind().prefixVi() + " " + province.shortName());
    }
    assertThat(provinces.all())
        .extracting(Province::shortName)
        .contains("Đắk Lắk", "Khánh Hòa", "Thanh Hóa", "Lâm Đồng", "Quảng Trị", "Cà Mau");
  }

  @Test
  void legacyProvince_keepsDateAndLegalBasis() {
    LegacyProvince haTay = provinces.get("Hà Nội").legacy().get(0);
    assertThat(haTay.name()).isEqualTo("Hà Tây");
    assertThat(haTay.replacedOn()).isEqualTo(LocalDate.of(2008, 8, 1));
    assertThat(provinces.get("Ninh Bình").legacy())
        .extracting(LegacyProvince::name, LegacyProvince::legalBasis)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Hà Nam", Optional.of("Resolution 202/2025/QH15")),
            org.assertj.core.groups.Tuple.tuple(
                "Nam Định", Optional.of("Resolution 202/2025/QH15")));
  }

  static Stream<String> randomTexts() {
    return RandomInputs.stringStream(202L, 300, 30);
  }

  @ParameterizedTest
  @MethodSource("randomTexts")
  void find_neverThrowsOnArbitraryText(String text) {
    provinces.find(text).ifPresent(p -> assertThat(provinces.all()).contains(p));
  }

  @Test
  void find_everyOfficialShortAndFormerNameFoldedRoundTrips() {
    for (Province province : provinces.all()) {
      assertThat(provinces.find(province.name())).contains(province);
      assertThat(provinces.find(
              io.github.craftmark.core.text.VietnameseText.foldDiacritics(province.shortName())))
          .contains(province);
      for (LegacyProvince former : province.legacy()) {
        assertThat(provinces.find("Tỉnh " + former.name())).contains(province);
      }
    }
  }
}
