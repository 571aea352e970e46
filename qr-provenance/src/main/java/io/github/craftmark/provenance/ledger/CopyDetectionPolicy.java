package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.GeoPoint;
import io.github.craftmark.provenance.internal.ledger.LedgerChecks;
import io.github.craftmark.provenance.internal.ledger.PlaceLocator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The thresholds that turn a serial's scan history into copy signals, and the throttle on wrong
 * claim codes.
 *
 * <pre>{@code
 * CopyDetectionPolicy policy = CopyDetectionPolicy.builder()
 *     .maxDistinctPlaces(5)
 *     .enable(CopyRule.SCANNED_FAR_FROM_CLAIM)
 *     .build();
 * }</pre>
 *
 * <p>Defaults ({@link #defaults()}), each explained in {@code docs/copy-detection.md}:
 *
 * <ul>
 *   <li>{@link #window()} 30 days: the scans counted by the two count rules;
 *   <li>{@link CopyRule#TOO_MANY_PLACES}: fires above {@link #maxDistinctPlaces()} = 3 distinct
 *       places in the window;
 *   <li>{@link CopyRule#TOO_MANY_SCANS}: fires above {@link #maxScans()} = 20 scans in the window;
 *   <li>{@link CopyRule#IMPOSSIBLE_TRAVEL}: fires when this scan and the previous placed scan are
 *       farther apart than {@link #maxSpeedKmh()} = 200 km/h allows in the time between them;
 *       places are located by province centre or geohash cell centre, and the reach of each
 *       (province radius, half the cell diagonal) is subtracted first, so neighbours never fire;
 *   <li>{@link CopyRule#SCANNED_FAR_FROM_CLAIM}: off by default (buyers travel and give gifts);
 *       when enabled, fires when a claimed serial is scanned more than {@link #claimedFarAwayKm()}
 *       = 300 km from where it was claimed;
 *   <li>claims: after {@link #maxFailedClaims()} = 5 wrong codes for a serial within {@link
 *       #failedClaimWindow()} = 1 hour, further claims are throttled until the oldest of them
 *       leaves the window.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CopyDetectionPolicy {
  private static final CopyDetectionPolicy DEFAULTS = builder().build();

  private final Duration window;
  private final int maxDistinctPlaces;
  private final int maxScans;
  private final double maxSpeedKmh;
  private final double claimedFarAwayKm;
  private final Set<CopyRule> enabled;
  private final int maxFailedClaims;
  private final Duration failedClaimWindow;

  private CopyDetectionPolicy(Builder b) {
    if (b.window == null) {
      throw new InvalidValueException("window", "must not be null", null);
    }
    if (b.window.compareTo(Duration.ofHours(1)) < 0
        || b.window.compareTo(Duration.ofDays(3650)) > 0) {
      throw new InvalidValueException("window", "must be 1 hour..3650 days", b.window);
    }
    if (b.maxDistinctPlaces < 1 || b.maxDistinctPlaces > 1000) {
      throw new InvalidValueException("maxDistinctPlaces", "must be 1..1000", b.maxDistinctPlaces);
    }
    if (b.maxScans < 1 || b.maxScans > 1_000_000) {
      throw new InvalidValueException("maxScans", "must be 1..1000000", b.maxScans);
    }
    if (!(b.maxSpeedKmh >= 1 && b.maxSpeedKmh <= 10_000)) {
      throw new InvalidValueException("maxSpeedKmh", "must be 1..10000", b.maxSpeedKmh);
    }
    if (!(b.claimedFarAwayKm >= 1 && b.claimedFarAwayKm <= 20_000)) {
      throw new InvalidValueException("claimedFarAwayKm", "must be 1..20000", b.claimedFarAwayKm);
    }
    if (b.maxFailedClaims < 1 || b.maxFailedClaims > ScanLedger.MAX_FAILED_CLAIMS) {
      throw new InvalidValueException(
          "maxFailedClaims", "must be 1.." + ScanLedger.MAX_FAILED_CLAIMS, b.maxFailedClaims);
    }
    if (b.failedClaimWindow == null) {
      throw new InvalidValueException("failedClaimWindow", "must not be null", null);
    }
    if (b.failedClaimWindow.compareTo(Duration.ofMinutes(1)) < 0
        || b.failedClaimWindow.compareTo(Duration.ofDays(30)) > 0) {
      throw new InvalidValueException(
          "failedClaimWindow", "must be 1 minute..30 days", b.failedClaimWindow);
    }
    this.window = b.window;
    this.maxDistinctPlaces = b.maxDistinctPlaces;
    this.maxScans = b.maxScans;
    this.maxSpeedKmh = b.maxSpeedKmh;
    this.claimedFarAwayKm = b.claimedFarAwayKm;
    this.enabled = Collections.unmodifiableSet(EnumSet.copyOf(b.enabled));
    this.maxFailedClaims = b.maxFailedClaims;
    this.failedClaimWindow = b.failedClaimWindow;
  }

  /**
   * Returns the policy with every default.
   *
   * @return the default policy
   */
  public static CopyDetectionPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a policy from the defaults.
   *
   * @return a builder holding the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this policy's settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.window = window;
    b.maxDistinctPlaces = maxDistinctPlaces;
    b.maxScans = maxScans;
    b.maxSpeedKmh = maxSpeedKmh;
    b.claimedFarAwayKm = claimedFarAwayKm;
    b.enabled = EnumSet.noneOf(CopyRule.class);
    b.enabled.addAll(enabled);
    b.maxFailedClaims = maxFailedClaims;
    b.failedClaimWindow = failedClaimWindow;
    return b;
  }

  /**
   * Returns the window the count rules look back over, ending at the scan.
   *
   * @return the window; 30 days by default
   */
  public Duration window() {
    return window;
  }

  /**
   * Returns the most distinct places allowed in the window before {@link
   * CopyRule#TOO_MANY_PLACES} fires.
   *
   * @return the limit; 3 by default
   */
  public int maxDistinctPlaces() {
    return maxDistinctPlaces;
  }

  /**
   * Returns the most scans allowed in the window before {@link CopyRule#TOO_MANY_SCANS} fires.
   *
   * @return the limit; 20 by default
   */
  public int maxScans() {
    return maxScans;
  }

  /**
   * Returns the fastest plausible travel between two scans, above which {@link
   * CopyRule#IMPOSSIBLE_TRAVEL} fires.
   *
   * @return km/h; 200 by default (faster than any road or train in Viet Nam, slower than a plane)
   */
  public double maxSpeedKmh() {
    return maxSpeedKmh;
  }

  /**
   * Returns how far from the claim a scan may be before {@link CopyRule#SCANNED_FAR_FROM_CLAIM}
   * fires, when that rule is enabled.
   *
   * @return km; 300 by default
   */
  public double claimedFarAwayKm() {
    return claimedFarAwayKm;
  }

  /**
   * Tells whether a rule is enabled.
   *
   * @param rule the rule
   * @return whether it may fire; all but {@link CopyRule#SCANNED_FAR_FROM_CLAIM} by default
   */
  public boolean isEnabled(CopyRule rule) {
    return enabled.contains(rule);
  }

  /**
   * Returns how many wrong claim codes for one serial within {@link #failedClaimWindow()} throttle
   * further claims of it.
   *
   * @return the limit; 5 by default
   */
  public int maxFailedClaims() {
    return maxFailedClaims;
  }

  /**
   * Returns the window over which wrong claim codes are counted.
   *
   * @return the window; 1 hour by default
   */
  public Duration failedClaimWindow() {
    return failedClaimWindow;
  }

  /**
   * Judges one recorded scan against the ledger's statistics for its serial.
   *
   * @param current the scan just recorded
   * @param stats the serial's statistics over {@link #window()} ending at the scan, read after the
   *     scan was recorded (so they count it)
   * @return the assessment, with the rules that fired
   * @throws InvalidValueException when an argument is null or the statistics are of another serial
   */
  public CopyAssessment assess(ScanRecord current, ScanStats stats) {
    LedgerChecks.notNull("current", current);
    LedgerChecks.notNull("stats", stats);
    if (!stats.serial().equals(current.serial())) {
      throw new InvalidValueException(
          "stats", "must be of serial " + current.serial(), stats.serial());
    }
    List<CopySignal> signals = new ArrayList<>();
    String days = days(window);
    String daysVi = daysVi(window);
    if (isEnabled(CopyRule.TOO_MANY_PLACES) && stats.distinctPlaces() > maxDistinctPlaces) {
      signals.add(new CopySignal(
          CopyRule.TOO_MANY_PLACES,
          "Scanned in "
              + stats.distinctPlaces()
              + " different places in "
              + days
              + "; more than "
              + maxDistinctPlaces
              + " suggests copies of the QR code.",
          "Được quét ở "
              + stats.distinctPlaces()
              + " nơi khác nhau trong "
              + daysVi
              + "; hơn "
              + maxDistinctPlaces
              + " nơi cho thấy mã QR có thể đã bị sao chép."));
    }
    if (isEnabled(CopyRule.TOO_MANY_SCANS) && stats.scans() > maxScans) {
      signals.add(new CopySignal(
          CopyRule.TOO_MANY_SCANS,
          "Scanned "
              + stats.scans()
              + " times in "
              + days
              + "; more than "
              + maxScans
              + " suggests copies of the QR code.",
          "Được quét "
              + stats.scans()
              + " lần trong "
              + daysVi
              + "; hơn "
              + maxScans
              + " lần cho thấy mã QR có thể đã bị sao chép."));
    }
    if (isEnabled(CopyRule.IMPOSSIBLE_TRAVEL)) {
      impossibleTravel(current, stats).ifPresent(signals::add);
    }
    if (isEnabled(CopyRule.SCANNED_FAR_FROM_CLAIM)) {
      farFromClaim(current, stats).ifPresent(signals::add);
    }
    return new CopyAssessment(
        window, stats.scans(), stats.distinctPlaces(), stats.claim(), signals);
  }

  private Optional<CopySignal> impossibleTravel(ScanRecord current, ScanStats stats) {
    Optional<GeoPoint> here = PlaceLocator.locate(current.place());
    if (here.isEmpty()) {
      return Optional.empty();
    }
    // The current scan is normally the newest placed scan: compare with the one before it.
    List<ScanRecord> placed = new ArrayList<>(stats.latestPlacedScans());
    placed.remove(current);
    if (placed.isEmpty()) {
      return Optional.empty();
    }
    ScanRecord previous = placed.get(0);
    Optional<GeoPoint> there = PlaceLocator.locate(previous.place());
    if (there.isEmpty()) {
      return Optional.empty();
    }
    double separationKm = here.get().separationKm(there.get());
    Duration elapsed = Duration.between(previous.at(), current.at()).abs();
    double hours = elapsed.toMillis() / 3_600_000.0;
    if (separationKm <= 0 || separationKm <= maxSpeedKmh * hours) {
      return Optional.empty();
    }
    long km = Math.round(Math.floor(separationKm));
    long speed = Math.round(maxSpeedKmh);
    return Optional.of(new CopySignal(
        CopyRule.IMPOSSIBLE_TRAVEL,
        "Scanned at least "
            + km
            + " km from the previous scan "
            + elapsed(elapsed)
            + " before; that would need more than "
            + speed
            + " km/h.",
        "Được quét cách lần quét trước ít nhất "
            + km
            + " km chỉ sau "
            + elapsedVi(elapsed)
            + "; cần tốc độ hơn "
            + speed
            + " km/h."));
  }

  private Optional<CopySignal> farFromClaim(ScanRecord current, ScanStats stats) {
    if (stats.claim().isEmpty()) {
      return Optional.empty();
    }
    ClaimRecord claim = stats.claim().get();
    if (current.at().isBefore(claim.at())) {
      return Optional.empty();
    }
    Optional<GeoPoint> here = PlaceLocator.locate(current.place());
    Optional<GeoPoint> claimedAt = PlaceLocator.locate(claim.place());
    if (here.isEmpty() || claimedAt.isEmpty()) {
      return Optional.empty();
    }
    double separationKm = here.get().separationKm(claimedAt.get());
    if (separationKm <= claimedFarAwayKm) {
      return Optional.empty();
    }
    long km = Math.round(Math.floor(separationKm));
    long limit = Math.round(claimedFarAwayKm);
    LocalDate day = LocalDate.ofInstant(claim.at(), ZoneOffset.UTC);
    return Optional.of(new CopySignal(
        CopyRule.SCANNED_FAR_FROM_CLAIM,
        "Scanned at least "
            + km
            + " km from where it was claimed on "
            + day
            + "; more than "
            + limit
            + " km.",
        "Được quét cách nơi đã xác nhận sản phẩm (ngày "
            + day
            + ") ít nhất "
            + km
            + " km; hơn "
            + limit
            + " km."));
  }

  private static String days(Duration window) {
    return window.toHours() % 24 == 0 ? window.toDays() + " days" : window.toHours() + " hours";
  }

  private static String daysVi(Duration window) {
    return window.toHours() % 24 == 0 ? window.toDays() + " ngày" : window.toHours() + " giờ";
  }

  private static String elapsed(Duration elapsed) {
    long minutes = elapsed.toMinutes();
    return minutes < 120
        ? minutes + (minutes == 1 ? " minute" : " minutes")
        : String.format(Locale.ROOT, "%.1f hours", elapsed.toMinutes() / 60.0);
  }

  private static String elapsedVi(Duration elapsed) {
    long minutes = elapsed.toMinutes();
    return minutes < 120
        ? minutes + " phút"
        : String.format(Locale.ROOT, "%.1f giờ", elapsed.toMinutes() / 60.0).replace('.', ',');
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CopyDetectionPolicy p
        && window.equals(p.window)
        && maxDistinctPlaces == p.maxDistinctPlaces
        && maxScans == p.maxScans
        && Double.compare(maxSpeedKmh, p.maxSpeedKmh) == 0
        && Double.compare(claimedFarAwayKm, p.claimedFarAwayKm) == 0
        && enabled.equals(p.enabled)
        && maxFailedClaims == p.maxFailedClaims
        && failedClaimWindow.equals(p.failedClaimWindow);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        window,
        maxDistinctPlaces,
        maxScans,
        maxSpeedKmh,
        claimedFarAwayKm,
        enabled,
        maxFailedClaims,
        failedClaimWindow);
  }

  /** Returns every threshold and the enabled rules. */
  @Override
  public String toString() {
    return "CopyDetectionPolicy[window="
        + window
        + ", maxDistinctPlaces="
        + maxDistinctPlaces
        + ", maxScans="
        + maxScans
        + ", maxSpeedKmh="
        + maxSpeedKmh
        + ", claimedFarAwayKm="
        + claimedFarAwayKm
        + ", enabled="
        + enabled
        + ", maxFailedClaims="
        + maxFailedClaims
        + ", failedClaimWindow="
        + failedClaimWindow
        + "]";
  }

  /** Builds a {@link CopyDetectionPolicy}; {@link #build()} fails naming the bad setting. */
  public static final class Builder {
    private Duration window = Duration.ofDays(30);
    private int maxDistinctPlaces = 3;
    private int maxScans = 20;
    private double maxSpeedKmh = 200;
    private double claimedFarAwayKm = 300;
    private EnumSet<CopyRule> enabled =
        EnumSet.of(CopyRule.TOO_MANY_PLACES, CopyRule.TOO_MANY_SCANS, CopyRule.IMPOSSIBLE_TRAVEL);
    private int maxFailedClaims = 5;
    private Duration failedClaimWindow = Duration.ofHours(1);

    private Builder() {}

    /**
     * Sets the window the count rules look back over.
     *
     * @param window 1 hour..3650 days; default 30 days
     * @return this builder
     */
    public Builder window(Duration window) {
      this.window = window;
      return this;
    }

    /**
     * Sets the most distinct places allowed in the window.
     *
     * @param maxDistinctPlaces 1..1000; default 3
     * @return this builder
     */
    public Builder maxDistinctPlaces(int maxDistinctPlaces) {
      this.maxDistinctPlaces = maxDistinctPlaces;
      return this;
    }

    /**
     * Sets the most scans allowed in the window.
     *
     * @param maxScans 1..1000000; default 20
     * @return this builder
     */
    public Builder maxScans(int maxScans) {
      this.maxScans = maxScans;
      return this;
    }

    /**
     * Sets the fastest plausible travel between two scans.
     *
     * @param maxSpeedKmh 1..10000 km/h; default 200
     * @return this builder
     */
    public Builder maxSpeedKmh(double maxSpeedKmh) {
      this.maxSpeedKmh = maxSpeedKmh;
      return this;
    }

    /**
     * Sets how far from its claim a claimed serial may be scanned; takes effect once {@link
     * CopyRule#SCANNED_FAR_FROM_CLAIM} is enabled.
     *
     * @param claimedFarAwayKm 1..20000 km; default 300
     * @return this builder
     */
    public Builder claimedFarAwayKm(double claimedFarAwayKm) {
      this.claimedFarAwayKm = claimedFarAwayKm;
      return this;
    }

    /**
     * Lets a rule fire.
     *
     * @param rule the rule
     * @return this builder
     * @throws InvalidValueException when {@code rule} is null
     */
    public Builder enable(CopyRule rule) {
      enabled.add(LedgerChecks.notNull("rule", rule));
      return this;
    }

    /**
     * Stops a rule from firing.
     *
     * @param rule the rule
     * @return this builder
     * @throws InvalidValueException when {@code rule} is null
     */
    public Builder disable(CopyRule rule) {
      enabled.remove(LedgerChecks.notNull("rule", rule));
      return this;
    }

    /**
     * Sets how many wrong claim codes for a serial within the failed-claim window throttle it.
     *
     * @param maxFailedClaims 1..1000; default 5
     * @return this builder
     */
    public Builder maxFailedClaims(int maxFailedClaims) {
      this.maxFailedClaims = maxFailedClaims;
      return this;
    }

    /**
     * Sets the window over which wrong claim codes are counted.
     *
     * @param failedClaimWindow 1 minute..30 days; default 1 hour
     * @return this builder
     */
    public Builder failedClaimWindow(Duration failedClaimWindow) {
      this.failedClaimWindow = failedClaimWindow;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws InvalidValueException naming the first setting out of range
     */
    public CopyDetectionPolicy build() {
      return new CopyDetectionPolicy(this);
    }
  }
}
