package io.github.craftmark.platform.internal.tiktok;

import io.github.craftmark.platform.ProvenanceLine;
import java.util.ArrayList;
import java.util.List;

/** Writes a listing's provenance line as the sentence a buyer reads under the description. */
public final class ProvenanceText {
  private ProvenanceText() {}

  /** The Vietnamese line, e.g. "Nguồn gốc: làng nghề Bát Tràng · thương hiệu … · OCOP 4 sao". */
  public static String vietnamese(ProvenanceLine line) {
    List<String> parts = new ArrayList<>();
    line.villageName().ifPresent(v -> parts.add("làng nghề " + v));
    line.brandName().ifPresent(b -> parts.add("thương hiệu " + b));
    line.ocopStars().ifPresent(s -> parts.add("OCOP " + s.value() + " sao"));
    line.verificationUri().ifPresent(u -> parts.add("xác minh tại " + u.toASCIIString()));
    return "Nguồn gốc: " + String.join(" · ", parts);
  }

  /** The English line, e.g. "Origin: Bát Tràng craft village · brand … · OCOP 4 stars". */
  public static String english(ProvenanceLine line) {
    List<String> parts = new ArrayList<>();
    line.villageName().ifPresent(v -> parts.add(v + " craft village"));
    line.brandName().ifPresent(b -> parts.add("brand " + b));
    line.ocopStars().ifPresent(s -> parts.add("OCOP " + s.value() + " stars"));
    line.verificationUri().ifPresent(u -> parts.add("verify at " + u.toASCIIString()));
    return "Origin: " + String.join(" · ", parts);
  }
}
