package io.github.craftmark.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.craftmark.core.CraftMarkParseException;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import io.github.craftmark.core.testing.RandomInputs;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
  private static final Money PRICE = Money.ofDong(1_250_000);

  @Test
  void arithmetic_isExactInWholeDong() {
    assertThat(PRICE.dong()).isEqualTo(1_250_000);
    assertThat(PRICE.plus(Money.ofDong(30_000))).isEqualTo(Money.ofDong(1_280_000));
    assertThat(PRICE.minus(Money.ofDong(1_300_000))).isEqualTo(Money.ofDong(-50_000));
    assertThat(PRICE.times(3)).isEqualTo(Money.ofDong(3_750_000));
    assertThat(PRICE.negate().dong()).isEqualTo(-1_250_000);
    assertThat(PRICE.negate().abs()).isEqualTo(PRICE);
    assertThat(Money.ofDong(0)).isSameAs(Money.ZERO);
    assertThat(Money.ZERO.isZero()).isTrue();
    assertThat(PRICE.isPositive()).isTrue();
    assertThat(PRICE.negate().isNegative()).isTrue();
    assertThat(PRICE.isNegative()).isFalse();
    assertThat(PRICE).isGreaterThan(Money.ofDong(1_249_999)).isLessThan(Money.ofDong(1_250_001));
    assertThat(PRICE).hasSameHashCodeAs(Money.ofDong(1_250_000));
  }

  @Test
  void sum_addsEveryAmount() {
    assertThat(Money.sum(List.of(PRICE, Money.ofDong(30_000), Money.ofDong(-5_000))))
        .isEqualTo(Money.ofDong(1_275_000));
    assertThat(Money.sum(List.of())).isEqualTo(Money.ZERO);
  }

  @Test
  void sum_whenBeyondRange_isRejected() {
    Money max = Money.ofDong(Money.MAX_DONG);
    assertThatThrownBy(() -> Money.sum(List.of(max, Money.ofDong(1))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("amount must be within ±1000000000000000 đồng: 1000000000000001");
    List<Money> many = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      many.add(max);
    }
    assertThatThrownBy(() -> Money.sum(many))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("amount must be within ±1000000000000000 đồng: \"sum of 10000 amounts\"");
  }

  @Test
  void ofDong_whenBeyondRange_isRejectedNamingAmount() {
    assertThat(Money.ofDong(Money.MAX_DONG).dong()).isEqualTo(1_000_000_000_000_000L);
    assertThat(Money.ofDong(-Money.MAX_DONG).dong()).isEqualTo(-1_000_000_000_000_000L);
    assertThatThrownBy(() -> Money.ofDong(Money.MAX_DONG + 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("amount must be within ±1000000000000000 đồng: 1000000000000001")
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("amount");
    assertThatThrownBy(() -> Money.ofDong(Long.MIN_VALUE))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void plusAndTimes_whenOverflowing_areRejectedNotWrapped() {
    Money max = Money.ofDong(Money.MAX_DONG);
    assertThatThrownBy(() -> max.plus(Money.ofDong(1)))
        .hasMessageStartingWith("amount must be within ±1000000000000000 đồng");
    assertThatThrownBy(() -> max.negate().minus(Money.ofDong(1)))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> PRICE.times(Long.MAX_VALUE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "amount must be within ±1000000000000000 đồng: \"1250000 × 9223372036854775807\"");
    assertThatThrownBy(() -> PRICE.times(1_000_000_000L)).isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "1250000, 100, HALF_UP, 12500",
    "1250000, 50, HALF_UP, 6250",
    "333, 100, HALF_UP, 3",
    "333, 50, HALF_UP, 2",
    "333, 50, HALF_EVEN, 2",
    "333, 50, DOWN, 1",
    "-333, 50, HALF_UP, -2",
    "-333, 50, FLOOR, -2",
    "-333, 50, CEILING, -1",
    "100, 150, HALF_EVEN, 2",
    "300, 150, HALF_EVEN, 4",
    "0, 500, HALF_UP, 0"
  })
  void timesBasisPoints_roundsOnceWithTheGivenMode(
      long gross, long basisPoints, RoundingMode rounding, long expected) {
    assertThat(Money.ofDong(gross).timesBasisPoints(basisPoints, rounding).dong())
        .isEqualTo(expected);
    BigDecimal rate = BigDecimal.valueOf(basisPoints).movePointLeft(4);
    assertThat(Money.ofDong(gross).times(rate, rounding).dong()).isEqualTo(expected);
  }

  @Test
  void times_whenUnnecessaryRoundingIsNeeded_isRejected() {
    assertThat(PRICE.times(new BigDecimal("0.01"), RoundingMode.UNNECESSARY))
        .isEqualTo(Money.ofDong(12_500));
    assertThatThrownBy(() -> Money.ofDong(333).timesBasisPoints(50, RoundingMode.UNNECESSARY))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("rounding UNNECESSARY needs a whole đồng result: 1.665");
    assertThatThrownBy(() -> PRICE.times(new BigDecimal("1e12"), RoundingMode.HALF_UP))
        .hasMessage("amount must be within ±1000000000000000 đồng: 1250000000000000000");
  }

  @Test
  void times_whenFactorHasAHugeExponent_failsAtOnce() {
    // Rounding 1E+100000000 to whole đồng would build a hundred-million-digit number first.
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      assertThatThrownBy(() -> PRICE.times(new BigDecimal("1E+100000000"), RoundingMode.HALF_UP))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("amount must be within ±1000000000000000 đồng: 1.250000E+100000006");
      assertThat(PRICE.times(new BigDecimal("1E-100000000"), RoundingMode.HALF_UP))
          .isEqualTo(Money.ZERO);
      assertThat(PRICE.times(new BigDecimal("1E-100000000"), RoundingMode.CEILING))
          .isEqualTo(Money.ofDong(1));
    });
  }

  @Test
  void allocate_evenly_givesLeftoverToEarlierParts() {
    assertThat(Money.ofDong(100).allocate(3))
        .extracting(Money::dong)
        .containsExactly(34L, 33L, 33L);
    assertThat(Money.ofDong(-100).allocate(3))
        .extracting(Money::dong)
        .containsExactly(-34L, -33L, -33L);
    assertThat(Money.ofDong(2).allocate(4)).extracting(Money::dong).containsExactly(1L, 1L, 0L, 0L);
    assertThat(Money.ZERO.allocate(2)).containsExactly(Money.ZERO, Money.ZERO);
    assertThatThrownBy(() -> PRICE.allocate(0)).hasMessage("parts must be 1..1000000: 0");
    assertThatThrownBy(() -> PRICE.allocate(Integer.MAX_VALUE))
        .hasMessage("parts must be 1..1000000: 2147483647");
    assertThat(PRICE.allocate(Money.MAX_PARTS)).hasSize(Money.MAX_PARTS);
  }

  @Test
  void allocate_byRatios_usesLargestRemainders() {
    assertThat(Money.ofDong(100).allocate(1, 1, 1))
        .extracting(Money::dong)
        .containsExactly(34L, 33L, 33L);
    assertThat(Money.ofDong(100).allocate(70, 30))
        .extracting(Money::dong)
        .containsExactly(70L, 30L);
    // Shares 14.2857…, 28.5714…, 57.1428…: remainders .29, .57, .14, so the middle gets the đồng.
    assertThat(Money.ofDong(100).allocate(1, 2, 4))
        .extracting(Money::dong)
        .containsExactly(14L, 29L, 57L);
    assertThat(Money.ofDong(-100).allocate(List.of(1L, 2L, 4L)))
        .extracting(Money::dong)
        .containsExactly(-14L, -29L, -57L);
    assertThat(Money.ofDong(5).allocate(0, 1, 0, 1))
        .extracting(Money::dong)
        .containsExactly(0L, 3L, 0L, 2L);
    assertThat(Money.ofDong(Money.MAX_DONG).allocate(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2))
        .extracting(Money::dong)
        .containsExactly(500_000_000_000_000L, 500_000_000_000_000L);
  }

  @Test
  void allocate_whenRatiosUnusable_isRejectedNamingRatios() {
    assertThatThrownBy(() -> PRICE.allocate(new long[0]))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ratios must not be empty: []");
    assertThatThrownBy(() -> PRICE.allocate(1, -1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ratios[1] must not be negative: -1");
    assertThatThrownBy(() -> PRICE.allocate(0, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ratios must not be all zero: [0, 0]");
    assertThatThrownBy(() -> PRICE.allocate(Long.MAX_VALUE, 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("ratios must sum to at most 9223372036854775807");
    assertThatThrownBy(() -> PRICE.allocate((List<Long>) null))
        .hasMessage("ratios must not be empty: []");
  }

  static Stream<Arguments> randomAllocations() {
    Random random = new Random(20250701L);
    return IntStream.range(0, 3000).mapToObj(i -> {
      long total =
          switch (i % 4) {
            case 0 -> random.nextInt(1000) - 500;
            case 1 -> random.nextLong() % Money.MAX_DONG;
            case 2 -> (random.nextBoolean() ? 1 : -1) * Money.MAX_DONG;
            default -> random.nextInt(100_000_000) - 50_000_000;
          };
      int n = 1 + random.nextInt(12);
      long[] ratios = new long[n];
      for (int k = 0; k < n; k++) {
        ratios[k] = switch (random.nextInt(4)) {
          case 0 -> 0;
          case 1 -> random.nextInt(10);
          case 2 -> Math.abs(random.nextLong() % (Long.MAX_VALUE / 16));
          default -> random.nextInt(1_000_000);
        };
      }
      if (Long.signum(Math.abs(ratios[0])) == 0) {
        ratios[0] = 1; // never all zero
      }
      return Arguments.of(total, ratios);
    });
  }

  @ParameterizedTest
  @MethodSource("randomAllocations")
  void allocate_neverLosesADongAndStaysWithinOneOfTheExactShare(long total, long[] ratios) {
    Money amount = Money.ofDong(total);
    List<Money> parts = amount.allocate(ratios);
    assertThat(Money.sum(parts)).isEqualTo(amount);
    BigInteger sumRatios = BigInteger.ZERO;
    for (long ratio : ratios) {
      sumRatios = sumRatios.add(BigInteger.valueOf(ratio));
    }
    for (int i = 0; i < ratios.length; i++) {
      // |part × Σratios − total × ratio| < Σratios  ⇔  |part − exact share| < 1
      BigInteger scaledPart = BigInteger.valueOf(parts.get(i).dong()).multiply(sumRatios);
      BigInteger scaledExact = BigInteger.valueOf(total).multiply(BigInteger.valueOf(ratios[i]));
      assertThat(scaledPart.subtract(scaledExact).abs()).isLessThan(sumRatios);
    }
    int n = ratios.length;
    List<Money> even = amount.allocate(n);
    assertThat(Money.sum(even)).isEqualTo(amount);
    for (Money part : even) {
      long diff = Math.abs(part.dong() * (long) n - total);
      assertThat(diff).isLessThan(n);
    }
  }

  @Test
  void format_usesDotsAndANoBreakSpaceBeforeTheDongSign() {
    assertThat(PRICE.format()).isEqualTo("1.250.000\u00a0₫");
    assertThat(PRICE.negate().format()).isEqualTo("-1.250.000\u00a0₫");
    assertThat(Money.ZERO.format()).isEqualTo("0\u00a0₫");
    assertThat(Money.ofDong(999).format()).isEqualTo("999\u00a0₫");
    assertThat(Money.ofDong(1000).format()).isEqualTo("1.000\u00a0₫");
    assertThat(Money.ofDong(-Money.MAX_DONG).toString()).isEqualTo("-1.000.000.000.000.000\u00a0₫");
    assertThat(PRICE).hasToString("1.250.000\u00a0₫");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.250.000\u00a0₫",
        "1.250.000 ₫",
        "1.250.000₫",
        "1.250.000\u202f₫",
        "1250000",
        "1.250.000",
        "1250000đ",
        "1.250.000 Đ",
        "1250000 VND",
        "1.250.000 VNĐ",
        "1.250.000vnd",
        "1.250.000 vnđ",
        "VND 1.250.000",
        "VND1250000",
        "  \t1.250.000 ₫\u00a0\n"
      })
  void parse_acceptsTheUsualVietnameseForms(String text) {
    assertThat(Money.parse(text)).isEqualTo(PRICE);
  }

  @Test
  void parse_readsSignsAndSmallAmounts() {
    assertThat(Money.parse("-1.250.000\u00a0₫")).isEqualTo(PRICE.negate());
    assertThat(Money.parse("VND -1.250.000")).isEqualTo(PRICE.negate());
    assertThat(Money.parse("0 ₫")).isEqualTo(Money.ZERO);
    assertThat(Money.parse("-0")).isEqualTo(Money.ZERO);
    assertThat(Money.parse("5đ")).isEqualTo(Money.ofDong(5));
    assertThat(Money.parse("1.000.000.000.000.000 ₫").dong()).isEqualTo(Money.MAX_DONG);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.250.000,50|9|amount must be whole đồng, VND has no decimals",
        "12,5|2|amount must be whole đồng, VND has no decimals",
        "1.25.000|4|thousands group must have exactly 3 digits",
        "1.2500|5|thousands group must have exactly 3 digits",
        "1.250.00|8|thousands group must have exactly 3 digits",
        "1250.000|4|first thousands group must have 1 to 3 digits",
        "1.|2|thousands group must have exactly 3 digits",
        "0.250|0|amount must not have a leading 0 (VND has no decimals)",
        "007|0|amount must not have a leading 0 (VND has no decimals)",
        "₫|0|amount must start with a digit",
        "$100|0|amount must start with a digit",
        "100 USD|4|amount must end with a digit or ₫, đ, VND or VNĐ",
        "100 €|4|amount must end with a digit or ₫, đ, VND or VNĐ",
        "1 250 000|2|amount must end with a digit or ₫, đ, VND or VNĐ",
        "100  ₫|4|amount must end with a digit or ₫, đ, VND or VNĐ",
        "100 ₫ x|5|amount must end after the currency",
        "VND 100 ₫|8|currency must be given once, before or after the number",
        "--5|1|amount must start with a digit",
        "+5|0|amount must start with a digit",
        "1000000000000001|15|amount must be within ±1000000000000000 đồng",
        "99.999.999.999.999.999.999|20|amount must be within ±1000000000000000 đồng"
      })
  void parse_whenNotAWholeDongAmount_isRejectedAtTheBadCharacter(
      String text, int index, String message) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(CraftMarkParseException.class)
        .hasMessage(message + " at index " + index + " in \"" + text + "\"")
        .satisfies(e -> assertThat(((CraftMarkParseException) e).errorIndex()).isEqualTo(index));
  }

  @Test
  void parse_whenEmpty_isRejected() {
    assertThatThrownBy(() -> Money.parse(""))
        .isInstanceOf(CraftMarkParseException.class)
        .hasMessage("amount must not be empty at index 0 in \"\"");
    assertThatThrownBy(() -> Money.parse(" \u00a0"))
        .isInstanceOf(CraftMarkParseException.class)
        .hasMessageStartingWith("amount must not be empty at index 2");
    assertThatThrownBy(() -> Money.parse(null)).isInstanceOf(CraftMarkParseException.class);
  }

  static Stream<Long> randomAmounts() {
    Random random = new Random(704L);
    Stream<Long> edges =
        Stream.of(0L, 1L, -1L, 999L, 1000L, -1000L, 999_999L, Money.MAX_DONG, -Money.MAX_DONG);
    Stream<Long> randoms = IntStream.range(0, 2000).mapToObj(i -> switch (i % 3) {
      case 0 -> random.nextLong() % (Money.MAX_DONG + 1);
      case 1 -> (long) random.nextInt(2_000_000) - 1_000_000;
      default -> random.nextLong() % 10_000_000_000L;
    });
    return Stream.concat(edges, randoms);
  }

  @ParameterizedTest
  @MethodSource("randomAmounts")
  void parse_readsBackWhatFormatWrites(long dong) {
    Money money = Money.ofDong(dong);
    assertThat(Money.parse(money.format())).isEqualTo(money);
    assertThat(Money.parse(Long.toString(dong))).isEqualTo(money);
  }

  static Stream<String> randomTexts() {
    Random random = new Random(43L);
    String alphabet = "0123456789.....,-₫đĐVNDvnd \u00a0$";
    Stream<String> moneyLike = IntStream.range(0, 2000).mapToObj(i -> {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(24);
      for (int k = 0; k < length; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return sb.toString();
    });
    return Stream.concat(RandomInputs.stringStream(7L, 500, 30), moneyLike);
  }

  @ParameterizedTest
  @MethodSource("randomTexts")
  void parse_onRandomText_returnsOrThrowsOnlyParseExceptions(String text) {
    try {
      Money money = Money.parse(text);
      assertThat(Money.parse(money.format())).isEqualTo(money);
    } catch (CraftMarkParseException e) {
      assertThat(e.errorIndex()).isBetween(0, text.length());
    }
  }

  record Prices(Money price, Money shippingFee, Money refund) {}

  @Test
  void json_writesWholeDongAsIntegers() {
    GoldenJson.assertMatchesGolden(
        new Prices(PRICE, Money.ofDong(30_000), Money.ofDong(-1_250_000)),
        Prices.class,
        "money/prices.json");
  }

  @Test
  void json_whenNotAnIntegerOrOutOfRange_failsToRead() {
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(
            "{\"price\":10000000000000000,\"shippingFee\":0,\"refund\":0}", Prices.class))
        .hasMessageContaining("amount must be within ±1000000000000000 đồng: 10000000000000000");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(
            "{\"price\":1250000.5,\"shippingFee\":0,\"refund\":0}", Prices.class))
        .hasMessageContaining("Money");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(
            "{\"price\":\"1.250.000 ₫\",\"shippingFee\":0,\"refund\":0}", Prices.class))
        .hasMessageContaining("Money");
  }
}
