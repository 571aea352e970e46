package io.github.craftmark.examples.verifyserver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.craftmark.core.json.CraftMarkJson;
import io.github.craftmark.core.ocop.OcopCertificate;
import io.github.craftmark.provenance.ledger.ClaimOutcome;
import io.github.craftmark.provenance.ledger.CopySignal;
import io.github.craftmark.provenance.ledger.ScanRecord;
import io.github.craftmark.provenance.ledger.ScanVerdict;
import io.github.craftmark.provenance.tag.RejectionReason;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.VerifiedTag;
import java.io.UncheckedIOException;

/**
 * The JSON form of a {@link TagReport}: the same verdict as the page, for programs. Field names
 * are stable; texts come in both languages ({@code …Vi} and English).
 */
final class VerdictJson {
  private static final ObjectMapper MAPPER = CraftMarkJson.newObjectMapper();

  private VerdictJson() {}

  static String of(TagReport r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("tag", r.tagText());
    root.put("genuine", r.tagVerdict().isGenuine());
    root.put("headline", r.headline().name());
    r.scan().ifPresent(scan -> {
      root.put("status", scan.status().name());
      root.put("ledger", scan.ledgerState().name());
    });
    r.tagVerdict().rejectionReason().ifPresent(reason -> root.set("rejection", rejection(reason)));
    r.tag().ifPresent(tag -> tagFields(root, r, tag));
    r.claim().ifPresent(outcome -> root.set("claim", claim(outcome)));
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode rejection(RejectionReason reason) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("code", reason.code());
    node.put("explanation", reason.explanation());
    node.put("explanationVi", Pages.reasonText(reason, Lang.VI));
    return node;
  }

  private static void tagFields(ObjectNode root, TagReport r, VerifiedTag tag) {
    TagClaims claims = tag.claims();
    root.put("serial", claims.serial().toString());
    root.put("prefixOfAuthority", tag.isPrefixOfAuthority());
    ObjectNode product = root.putObject("product");
    product.put("reference", claims.product().text());
    product.put("batch", claims.batch());
    product.put("dateMade", claims.dateMade().toString());
    claims.category().ifPresent(c -> product.put("category", c.code()));
    r.product().ifPresent(p -> {
      product.put("id", p.id().value());
      product.put("sku", p.sku().value());
      product.put("nameVi", p.nameVi());
      p.nameEn().ifPresent(n -> product.put("nameEn", n));
    });
    ObjectNode brand = root.putObject("brand");
    brand.put("code", tag.brand().code());
    brand.put("id", tag.brand().brandId().value());
    brand.put("name", tag.brand().name());
    r.brand().ifPresent(b -> brand.put("markType", b.markType().name()));
    ObjectNode authority = root.putObject("authority");
    authority.put("id", tag.authority().id());
    authority.put("name", tag.authority().name());
    ObjectNode producer = root.putObject("producer");
    producer.put("id", tag.member().producer().value());
    r.producer().ifPresent(p -> producer.put("name", p.displayName()));
    r.village().ifPresent(v -> {
      ObjectNode village = root.putObject("village");
      village.put("id", v.id().value());
      village.put("name", v.name());
      village.put("province", v.province().code());
    });
    if (r.certificateNumber().isPresent() || claims.ocopStars().isPresent()) {
      ObjectNode ocop = root.putObject("ocop");
      r.certificateNumber().ifPresent(n -> ocop.put("certificate", n));
      r.certificate()
          .map(OcopCertificate::stars)
          .or(claims::ocopStars)
          .ifPresent(s -> ocop.put("stars", s.value()));
      r.certificate().ifPresent(c -> {
        ocop.put("status", r.certificateStatus().orElseThrow().name());
        ocop.put("validUntil", c.validUntil().toString());
      });
      ocop.put("on", r.today().toString());
    }
    ObjectNode scans = root.putObject("scans");
    r.copyAssessment().ifPresent(copy -> {
      scans.put("windowDays", copy.window().toDays());
      scans.put("inWindow", copy.scansInWindow());
      scans.put("placesInWindow", copy.placesInWindow());
      copy.claim().ifPresent(claim -> scans.put("claimedAt", claim.at().toString()));
      ArrayNode signals = root.putArray("copySignals");
      for (CopySignal signal : copy.signals()) {
        ObjectNode s = signals.addObject();
        s.put("rule", signal.rule().code());
        s.put("detail", signal.detail());
        s.put("detailVi", signal.detailVi());
      }
    });
    r.scan()
        .flatMap(ScanVerdict::ledgerProblem)
        .ifPresent(problem -> scans.put("ledgerProblem", problem));
    r.history().ifPresent(history -> {
      scans.put("recorded", history.scans().size());
      scans.put("more", history.more());
      ArrayNode recent = scans.putArray("recent");
      for (ScanRecord scan : history.scans()) {
        ObjectNode s = recent.addObject();
        s.put("at", scan.at().toString());
        s.put("place", scan.place().key());
        TagReport.placeName(scan.place()).ifPresent(name -> s.put("placeName", name));
        s.put("outcome", scan.outcome());
      }
    });
    root.put("claimable", claims.claimCommitment().isPresent());
  }

  private static ObjectNode claim(ClaimOutcome outcome) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("outcome", outcome.code());
    if (outcome instanceof ClaimOutcome.Claimed claimed) {
      node.put("at", claimed.at().toString());
    } else if (outcome instanceof ClaimOutcome.AlreadyClaimed already) {
      node.put("firstClaimedAt", already.firstClaimedAt().toString());
      node.put("sameBuyer", already.sameBuyer());
    } else if (outcome instanceof ClaimOutcome.Throttled throttled) {
      node.put("retryAfter", throttled.retryAfter().toString());
    }
    node.put("explanation", Pages.claimText(outcome, Lang.EN));
    node.put("explanationVi", Pages.claimText(outcome, Lang.VI));
    return node;
  }
}
