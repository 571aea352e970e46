package io.github.craftmark.core.money;

import io.github.craftmark.core.CraftMarkParseException;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * An amount of money in Vietnamese đồng (VND), held as a whole number of đồng.
 *
 * <p>VND has no minor unit (ISO 4217 code 704, 0 decimals), so an amount is a {@code long} count
 * of đồng and no arithmetic here ever uses floating point. Amounts are limited to {@link
 * #MAX_DONG} in absolute value (10<sup>15</sup> đồng, a million billion): far above any price or
 * order total, and low enough that adding two amounts never overflows a {@code long}. Any result
 * outside that range fails with an {@link InvalidValueException} naming {@code amount}; nothing
 * wraps silently.
 *
 * <p>Rates are applied exactly ({@link #times(BigDecimal, RoundingMode)}, {@link
 * #timesBasisPoints(long, RoundingMode)}) with a rounding mode the caller chooses; {@link
 * #allocate(long...)} splits an amount without losing a đồng. {@link #format()} writes vi-VN style,
 * {@code "1.250.000 ₫"}, and {@link #parse(CharSequence)} reads it back along with the usual
 * variants sellers type.
 *
 * <p>Instances are immutable and thread-safe; compare with {@link #equals(Object)} or {@link
 * #compareTo(Money)}.
 */
public final class Money implements Comparable<Money> {
  /** The largest absolute amount, in đồng: 10<sup>15</sup>. */
  public static final long MAX_DONG = 1_000_000_000_000_000L;

  /**
   * The most parts {@link #allocate(int)} splits into: far more than any order has lines or
   * instalments, and small enough that a mistaken count fails at once instead of exhausting memory.
   */
  public static final int MAX_PARTS = 1_000_000;

  /** Zero đồng. */
  public static final Money ZERO = new Money(0);

  private static final String RANGE = "must be within ±" + MAX_DONG + " đồng";
  private static final BigDecimal BASIS_POINTS_PER_UNIT = BigDecimal.valueOf(10_000);
  // Far above the 16 digits of MAX_DONG, so that the range message shows plain digits.
  private static final int MAX_INTEGER_DIGITS = 30;

  private final long dong;

  private Money(long dong) {
    this.dong = dong;
  }

  /**
   * Returns the amount of {@code dong} đồng.
   *
   * @param dong whole đồng, negative for refunds and debits
   * @return the amount
   * @throws InvalidValueException when {@code |dong| > MAX_DONG}
   */
  public static Money ofDong(long dong) {
    if (dong == 0) {
      return ZERO;
    }
    if (dong > MAX_DONG || dong < -MAX_DONG) {
      throw new InvalidValueException("amount", RANGE, dong);
    }
    return new Money(dong);
  }

  /**
   * Returns the sum of {@code amounts}; an empty collection sums to {@link #ZERO}.
   *
   * @param amounts the amounts, no null element
   * @return the exact sum
   * @throws InvalidValueException when an element is null or the sum is out of range
   */
  public static Money sum(Collection<Money> amounts) {
    Checks.notNull("amounts", amounts);
    long total = 0;
    int index = 0;
    for (Money amount : amounts) {
      Checks.notNull("amounts[" + index + "]", amount);
      // Each term is at most 10^15, so the running total can leave the range for a while but
      // overflows a long only after about 9,000 maximal terms; addExact catches even that.
      try {
        total = Math.addExact(total, amount.dong);
      } catch (ArithmeticException e) {
        throw new InvalidValueException("amount", RANGE, "sum of " + amounts.size() + " amounts");
      }
      index++;
    }
    return ofDong(total);
  }

  /**
   * Returns the number of đồng.
   *
   * @return whole đồng; negative for a negative amount
   */
  public long dong() {
    return dong;
  }

  /**
   * Returns this amount plus {@code other}.
   *
   * @param other the amount to add
   * @return the sum
   * @throws InvalidValueException when the sum is out of range
   */
  public Money plus(Money other) {
    Checks.notNull("other", other);
    return ofDong(dong + other.dong); // both are at most 10^15: cannot overflow a long
  }

  /**
   * Returns this amount minus {@code other}.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws InvalidValueException when the difference is out of range
   */
  public Money minus(Money other) {
    Checks.notNull("other", other);
    return ofDong(dong - other.dong);
  }

  /**
   * Returns this amount times a whole number, e.g. a unit price times a quantity.
   *
   * @param factor the multiplier
   * @return the product
   * @throws InvalidValueException when the product is out of range
   */
  public Money times(long factor) {
    long product;
    try {
      product = Math.multiplyExact(dong, factor);
    } catch (ArithmeticException e) {
      throw new InvalidValueException("amount", RANGE, dong + " × " + factor);
    }
    return ofDong(product);
  }

  /**
   * Returns this amount times an exact rate, rounded to whole đồng with {@code rounding}.
   *
   * <p>For example 1% of 1.250.000 ₫ is {@code price.times(new BigDecimal("0.01"),
   * RoundingMode.HALF_UP)}. The product is computed exactly and rounded once.
   *
   * @param factor the exact rate, e.g. {@code 0.005} for 0.5%
   * @param rounding how to round to whole đồng; {@link RoundingMode#UNNECESSARY} fails when the
   *     result is not whole
   * @return the rounded product
   * @throws InvalidValueException when the result is out of range or needs rounding under {@code
   *     UNNECESSARY}
   */
  public Money times(BigDecimal factor, RoundingMode rounding) {
    Checks.notNull("factor", factor);
    Checks.notNull("rounding", rounding);
    return rounded(BigDecimal.valueOf(dong).multiply(factor), rounding);
  }

  /**
   * Returns a share of this amount given in basis points (1/100 of a percent), rounded to whole
   * đồng with {@code rounding}.
   *
   * <p>{@code timesBasisPoints(100, HALF_UP)} is 1%, {@code timesBasisPoints(50, HALF_UP)} is 0.5%:
   * the form the tax rates of Decree 117/2025/NĐ-CP take in the
   * withholding-tax table of the compliance package. Computed exactly, rounded once.
   *
   * @param basisPoints the rate in basis points; 10000 is 100%
   * @param rounding how to round to whole đồng
   * @return the rounded share
   * @throws InvalidValueException when the result is out of range or needs rounding under {@code
   *     UNNECESSARY}
   */
  public Money timesBasisPoints(long basisPoints, RoundingMode rounding) {
    Checks.notNull("rounding", rounding);
    BigDecimal exact = BigDecimal.valueOf(dong)
        .multiply(BigDecimal.valueOf(basisPoints))
        .divide(BASIS_POINTS_PER_UNIT);
    return rounded(exact, rounding);
  }

  private static Money rounded(BigDecimal exact, RoundingMode rounding) {
    // A factor such as 1E+100000000 must fail at once: setScale(0) would first expand it to a
    // hundred million digits. precision - scale counts the integer digits without that work.
    if (exact.precision() - (long) exact.scale() > MAX_INTEGER_DIGITS) {
      throw new InvalidValueException("amount", RANGE, exact);
    }
    // Likewise 1E-100000000: any |x| < 0.1 rounds as ±0.1 does in every mode, cheaply.
    BigDecimal toRound = exact.signum() != 0 && exact.precision() - (long) exact.scale() < 0
        ? BigDecimal.valueOf(exact.signum()).movePointLeft(1)
        : exact;
    BigDecimal whole;
    try {
      whole = toRound.setScale(0, rounding);
    } catch (ArithmeticException e) {
      throw new InvalidValueException("rounding", "UNNECESSARY needs a whole đồng result", exact);
    }
    if (whole.abs().compareTo(BigDecimal.valueOf(MAX_DONG)) > 0) {
      throw new InvalidValueException("amount", RANGE, whole);
    }
    return ofDong(whole.longValueExact());
  }

  /**
   * Returns the amount with the opposite sign.
   *
   * @return {@code -this}
   */
  public Money negate() {
    return ofDong(-dong);
  }

  /**
   * Returns the absolute amount.
   *
   * @return {@code |this|}
   */
  public Money abs() {
    return dong < 0 ? negate() : this;
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return true for 0 đồng
   */
  public boolean isZero() {
    return dong == 0;
  }

  /**
   * Tells whether the amount is below zero, e.g. a refund.
   *
   * @return true when negative
   */
  public boolean isNegative() {
    return dong < 0;
  }

  /**
   * Tells whether the amount is above zero.
   *
   * @return true when positive
   */
  public boolean isPositive() {
    return dong > 0;
  }

  /**
   * Splits this amount into {@code parts} nearly equal parts that sum exactly to it.
   *
   * <p>Each part is the amount divided by {@code parts}, truncated; the đồng left over go one each
   * to the earliest parts. For a negative amount the parts are the negated parts of its absolute
   * value: 100 ₫ in 3 gives 34, 33, 33; -100 ₫ gives -34, -33, -33.
   *
   * @param parts how many parts, at least 1
   * @return the parts, in order; they sum to this amount and each is within 1 đồng of an exact share
   * @throws InvalidValueException when {@code parts < 1}
   */
  public List<Money> allocate(int parts) {
    if (parts < 1 || parts > MAX_PARTS) {
      throw new InvalidValueException("parts", "must be 1.." + MAX_PARTS, parts);
    }
    long base = dong / parts;
    long remainder = dong % parts; // same sign as dong
    long step = Long.signum(remainder);
    List<Money> out = new ArrayList<>(parts);
    for (int i = 0; i < parts; i++) {
      out.add(ofDong(i < Math.abs(remainder) ? base + step : base));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Splits this amount in proportion to {@code ratios} without losing a đồng.
   *
   * <p>Uses the largest-remainder method: each part first gets its exact share truncated toward
   * zero, then the đồng left over go one each to the parts with the largest remainders, earlier
   * parts first on a tie. A negative amount is split as its absolute value and each part negated,
   * so refunds mirror sales. Splitting 100 ₫ by {@code 1, 1, 1} gives 34, 33, 33; by {@code 70, 30}
   * gives 70, 30. A part with ratio 0 gets 0.
   *
   * @param ratios non-negative weights, at least one, not all zero
   * @return one part per ratio, in order; they sum to this amount and each is within 1 đồng of its
   *     exact share
   * @throws InvalidValueException naming {@code ratios} when empty, negative, all zero or summing
   *     beyond {@code Long.MAX_VALUE}
   */
  public List<Money> allocate(long... ratios) {
    Checks.notNull("ratios", ratios);
    List<Long> boxed = new ArrayList<>(ratios.length);
    for (long ratio : ratios) {
      boxed.add(ratio);
    }
    return allocate(boxed);
  }

  /**
   * Splits this amount in proportion to {@code ratios} without losing a đồng; see {@link
   * #allocate(long...)}.
   *
   * @param ratios non-negative weights, at least one, not all zero, no null
   * @return one part per ratio, in order, summing exactly to this amount
   * @throws InvalidValueException naming {@code ratios} when the ratios are unusable
   */
  public List<Money> allocate(List<Long> ratios) {
    List<Long> checked = Checks.list("ratios", ratios);
    if (checked.isEmpty()) {
      throw new InvalidValueException("ratios", "must not be empty", checked);
    }
    long totalRatio = 0;
    for (int i = 0; i < checked.size(); i++) {
      long ratio = checked.get(i);
      if (ratio < 0) {
        throw new InvalidValueException("ratios[" + i + "]", "must not be negative", ratio);
      }
      try {
        totalRatio = Math.addExact(totalRatio, ratio);
      } catch (ArithmeticException e) {
        throw new InvalidValueException("ratios", "must sum to at most " + Long.MAX_VALUE, checked);
      }
    }
    if (totalRatio == 0) {
      throw new InvalidValueException("ratios", "must not be all zero", checked);
    }
    int n = checked.size();
    BigInteger amount = BigInteger.valueOf(Math.abs(dong));
    BigInteger total = BigInteger.valueOf(totalRatio);
    long[] floors = new long[n];
    BigInteger[] remainders = new BigInteger[n];
    long allocated = 0;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr =
          amount.multiply(BigInteger.valueOf(checked.get(i))).divideAndRemainder(total);
      floors[i] = qr[0].longValueExact(); // at most |dong|
      remainders[i] = qr[1];
      allocated += floors[i];
    }
    long leftover = Math.abs(dong) - allocated; // fewer than the parts with a non-zero remainder
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // Stable sort: equal remainders keep index order, so earlier parts win ties.
    Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
    for (int k = 0; k < leftover; k++) {
      floors[order[k]]++;
    }
    List<Money> out = new ArrayList<>(n);
    for (long part : floors) {
      out.add(ofDong(dong < 0 ? -part : part));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Formats the amount the vi-VN way: {@code "1.250.000 ₫"}, {@code "-1.250.000 ₫"}, {@code "0 ₫"}.
   *
   * <p>Thousands are separated by {@code .}; a no-break space (U+00A0) keeps the sign ₫ (U+20AB)
   * on the same line as the number. {@link #parse(CharSequence)} reads the result back.
   *
   * @return the formatted amount
   */
  public String format() {
    String digits = Long.toString(Math.abs(dong));
    StringBuilder out = new StringBuilder(digits.length() + 8);
    if (dong < 0) {
      out.append('-');
    }
    int firstGroup = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, firstGroup);
    for (int i = firstGroup; i < digits.length(); i += 3) {
      out.append('.').append(digits, i, i + 3);
    }
    return out.append('\u00a0').append('₫').toString();
  }

  /**
   * Parses an amount of đồng as written in Vietnam, e.g. {@code "1.250.000 ₫"} or {@code
   * "1250000đ"}.
   *
   * <p>The grammar, after surrounding white space (including U+00A0) is ignored:
   *
   * <pre>
   * money    = [ "VND" [space] ] ["-"] number [ [space] suffix ]   (prefix and suffix not both)
   * number   = digits | group1 ( "." group3 )+
   * digits   = one or more of 0-9, no leading 0 unless the number is 0
   * group1   = 1 to 3 digits, no leading 0       group3 = exactly 3 digits
   * space    = one U+0020, U+00A0 or U+202F
   * suffix   = "₫" | "đ" | "Đ" | "VND" | "VNĐ" (letters in any case)
   * </pre>
   *
   * <p>So {@code "1.250.000 ₫"} (the output of {@link #format()}), {@code "1.250.000 ₫"}, {@code
   * "1.250.000₫"}, {@code "1250000 VND"}, {@code "1.250.000 vnđ"}, {@code "VND 1250000"} and {@code
   * "-1.250.000 ₫"} all parse. Rejected, with the index of the first bad character: decimals
   * ({@code "1.250.000,50"}, {@code "12,5"}: VND has no minor unit), wrong grouping ({@code
   * "1.25.000"}, {@code "1250.000"}), leading zeros ({@code "0.250"} is not 0,25), empty text,
   * other currencies ({@code "100 USD"}, {@code "$100"}) and amounts beyond ±{@link #MAX_DONG}.
   *
   * @param text the text to parse
   * @return the amount
   * @throws CraftMarkParseException when the text does not follow the grammar
   */
  public static Money parse(CharSequence text) {
    return MoneyParser.parse(text);
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(dong, other.dong);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other && dong == other.dong;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(dong);
  }

  /**
   * Returns {@link #format()}: {@code "1.250.000 ₫"}.
   *
   * @return the vi-VN formatted amount
   */
  @Override
  public String toString() {
    return format();
  }
}
