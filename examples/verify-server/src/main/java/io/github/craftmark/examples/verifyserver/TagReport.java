package io.github.craftmark.examples.verifyserver;

import io.github.craftmark.core.address.Province;
import io.github.craftmark.core.address.Provinces;
import io.github.craftmark.core.brand.VillageBrand;
import io.github.craftmark.core.ocop.CertificateStatus;
import io.github.craftmark.core.ocop.OcopCertificate;
import io.github.craftmark.core.producer.Producer;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.village.CraftVillage;
import io.github.craftmark.provenance.ledger.ClaimOutcome;
import io.github.craftmark.provenance.ledger.CopyAssessment;
import io.github.craftmark.provenance.ledger.ScanHistory;
import io.github.craftmark.provenance.ledger.ScanPlace;
import io.github.craftmark.provenance.ledger.ScanRecord;
import io.github.craftmark.provenance.ledger.ScanVerdict;
import io.github.craftmark.provenance.tag.TagVerdict;
import io.github.craftmark.provenance.tag.VerifiedTag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one page or JSON answer shows about a tag: the verdict, what the directory knows, the
 * scan history and, after a claim, its outcome. The HTML page and the JSON endpoint render the
 * same report, so they cannot disagree.
 *
 * @param tagText the tag's text as verified (the server's prefix and the digits of the path)
 * @param tagVerdict the signature verdict
 * @param scan the verdict with the ledger, when this request recorded a scan (a page view)
 * @param claim the claim's outcome, when this request was a claim
 * @param product the product the tag refers to, when the directory knows it
 * @param producer the producer whose certified key signed the tag, when known
 * @param village the product's craft village, when known
 * @param brand the village brand of the tag's brand code, when known
 * @param certificate the OCOP certificate the tag or the product names, when known
 * @param certificateNumber the OCOP certificate number the tag or the product names, if any
 * @param today the day the certificate's status is judged on
 * @param history the serial's newest scans, when the ledger could be read
 */
record TagReport(
    String tagText,
    TagVerdict tagVerdict,
    Optional<ScanVerdict> scan,
    Optional<ClaimOutcome> claim,
    Optional<Product> product,
    Optional<Producer> producer,
    Optional<CraftVillage> village,
    Optional<VillageBrand> brand,
    Optional<OcopCertificate> certificate,
    Optional<String> certificateNumber,
    LocalDate today,
    Optional<ScanHistory> history) {

  /** How the page sums up the tag, worst first. */
  enum Headline {
    NOT_GENUINE,
    SUSPECTED_COPY,
    ALREADY_CLAIMED_BY_ANOTHER,
    GENUINE_UNCHECKED,
    GENUINE
  }

  Optional<VerifiedTag> tag() {
    return tagVerdict.verifiedTag();
  }

  Headline headline() {
    if (!tagVerdict.isGenuine()) {
      return Headline.NOT_GENUINE;
    }
    if (claim.orElse(null) instanceof ClaimOutcome.AlreadyClaimed already && !already.sameBuyer()) {
      return Headline.ALREADY_CLAIMED_BY_ANOTHER;
    }
    if (scan.isPresent()) {
      switch (scan.get().status()) {
        case SUSPECTED_COPY:
          return Headline.SUSPECTED_COPY;
        case GENUINE_UNCHECKED:
          return Headline.GENUINE_UNCHECKED;
        default:
          return Headline.GENUINE;
      }
    }
    if (claim.orElse(null) instanceof ClaimOutcome.LedgerUnavailable || history.isEmpty()) {
      return Headline.GENUINE_UNCHECKED;
    }
    return Headline.GENUINE;
  }

  Optional<CopyAssessment> copyAssessment() {
    return scan.flatMap(ScanVerdict::copyAssessment);
  }

  Optional<CertificateStatus> certificateStatus() {
    return certificate.map(c -> c.statusOn(today));
  }

  /** Scans that were page views, not claim attempts, among the history read. */
  long viewsInHistory() {
    return history
        .map(h -> h.scans().stream()
            .filter(s -> s.outcome().equals(ScanRecord.GENUINE))
            .count())
        .orElse(0L);
  }

  Optional<Instant> firstScanInHistory() {
    return history.flatMap(h -> h.scans().isEmpty()
        ? Optional.empty()
        : Optional.of(h.scans().get(h.scans().size() - 1).at()));
  }

  /** Scans per place among the history read, most scanned first; unknown places last. */
  Map<ScanPlace, Long> scansByPlace() {
    Map<ScanPlace, Long> counts = new LinkedHashMap<>();
    history.ifPresent(h -> h.scans().forEach(s -> counts.merge(s.place(), 1L, Long::sum)));
    List<Map.Entry<ScanPlace, Long>> entries = counts.entrySet().stream()
        .sorted((a, b) -> {
          if (a.getKey().isKnown() != b.getKey().isKnown()) {
            return a.getKey().isKnown() ? -1 : 1;
          }
          return Long.compare(b.getValue(), a.getValue());
        })
        .toList();
    Map<ScanPlace, Long> sorted = new LinkedHashMap<>();
    entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** The province's name for a province place, the cell for a geohash, empty for unknown. */
  static Optional<String> placeName(ScanPlace place) {
    if (place instanceof ScanPlace.InProvince province) {
      return Optional.of(
          Provinces.standard().byCode(province.code()).map(Province::name).orElse(province.code()));
    }
    if (place instanceof ScanPlace.InCell cell) {
      return Optional.of(cell.geohash());
    }
    return Optional.empty();
  }
}
