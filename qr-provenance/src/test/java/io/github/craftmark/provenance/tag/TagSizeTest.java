package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.provenance.internal.tag.DecimalDigits;
import io.github.craftmark.provenance.qr.ErrorCorrection;
import io.github.craftmark.provenance.qr.QrCode;
import io.github.craftmark.provenance.qr.QrSegment;
import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The size of the default tag in a QR code at each error correction level, and what fits version
 * 6; writes the table of {@code docs/tag-format.md} § 8.
 */
class TagSizeTest {
  private static final int HEADER_BYTES = 72;
  private static final int MIN_CLAIMS_BYTES = 21;

  private static IssuedTag defaultTag() {
    return TagIssuer.builder()
        .signer(ProvenanceFixtures.ed25519Rfc8032())
        .prefix(ProvenanceFixtures.PREFIX)
        .build()
        .issue(ProvenanceFixtures.vase());
  }

  private static int version(String prefix, String rest, ErrorCorrection level) {
    OptionalInt version = QrCode.requiredVersion(prefix, rest, level);
    assertThat(version).isPresent();
    return version.getAsInt();
  }

  @Test
  void defaultTag_fitsVersion7AtLevelM() {
    IssuedTag tag = defaultTag();
    assertThat(tag.compactBytes()).hasSize(103);
    String rest = tag.text().substring(22);
    assertThat(rest).hasSize(250);
    assertThat(version(ProvenanceFixtures.PREFIX.value(), rest, ErrorCorrection.M))
        .isLessThanOrEqualTo(7);
    // 134 bits of alphanumeric prefix and 848 of numeric digits: 982 of version 7-M's 992.
    List<QrSegment> segments =
        List.of(QrSegment.alphanumeric(ProvenanceFixtures.PREFIX.value()), QrSegment.numeric(rest));
    assertThat(QrCode.bitLength(segments, 7)).isEqualTo(982);
    assertThat(QrCode.dataCapacityBits(7, ErrorCorrection.M)).isEqualTo(992);
  }

  /** The most compact bytes whose text fits version 6 after {@code prefix}, or -1. */
  private static int mostBytesInVersion6(String prefix, ErrorCorrection level) {
    int best = -1;
    for (int n = 1; n <= 200; n++) {
      String rest = "1" + "0".repeat(DecimalDigits.digitCount(n));
      if (version(prefix, rest, level) <= 6) {
        best = n;
      }
    }
    return best;
  }

  /** The longest prefix with which {@code rest} fits version 6, or 0. */
  private static int longestPrefixInVersion6(String rest, ErrorCorrection level) {
    int best = 0;
    for (int length = 12; length <= TagPrefix.MAX_LENGTH; length++) {
      String prefix = "HTTPS://" + "A".repeat(length - 11) + "/T/";
      if (version(prefix, rest, level) <= 6) {
        best = length;
      }
    }
    return best;
  }

  @Test
  void sizeTable_isTheOneInTheFormatDocument() throws Exception {
    IssuedTag tag = defaultTag();
    String prefix = ProvenanceFixtures.PREFIX.value();
    String rest = tag.text().substring(prefix.length());
    List<QrSegment> segments = List.of(QrSegment.alphanumeric(prefix), QrSegment.numeric(rest));
    StringBuilder out = new StringBuilder();
    out.append("The default tag: Ed25519, a 10-byte serial, a 12-character packed SKU")
        .append(" (`BT-VASE-0042`), batch `240`, a date made, brand code 7, prefix `")
        .append(prefix)
        .append("`: ")
        .append(tag.compactBytes().length)
        .append(" compact bytes, a text of ")
        .append(tag.text().length())
        .append(" characters (")
        .append(prefix.length())
        .append(" + 1 + ")
        .append(rest.length() - 1)
        .append(" digits). Computed by `TagSizeTest` with our QR encoder.\n\n");
    out.append("| ECC level | QR version | modules | data bits used / capacity |\n");
    out.append("|---|---:|---:|---:|\n");
    for (ErrorCorrection level : ErrorCorrection.values()) {
      int version = version(prefix, rest, level);
      int modules = 17 + 4 * version;
      out.append("| ")
          .append(level)
          .append(" | ")
          .append(version)
          .append(" | ")
          .append(modules)
          .append("×")
          .append(modules)
          .append(" | ")
          .append(QrCode.bitLength(segments, version))
          .append(" / ")
          .append(QrCode.dataCapacityBits(version, level))
          .append(" |\n");
    }
    String shortPrefix = "HTTPS://BT.VN/T/";
    String smallestRest =
        "1" + "0".repeat(DecimalDigits.digitCount(HEADER_BYTES + MIN_CLAIMS_BYTES));
    out.append("\nWhat fits **version 6** (41×41 modules). Claims bytes are the compact bytes")
        .append(" minus the 72 of key id and signature: the default tag's claims take ")
        .append(tag.compactBytes().length - HEADER_BYTES)
        .append(" bytes, the smallest valid claims ")
        .append(MIN_CLAIMS_BYTES)
        .append(" (8-byte serial, 1-character SKU, batch and brand code below 24).\n\n");
    out.append("| ECC level | claims bytes that fit after `")
        .append(prefix)
        .append("` | after `")
        .append(shortPrefix)
        .append("` | longest prefix for the default tag | longest prefix for the smallest tag |\n");
    out.append("|---|---:|---:|---:|---:|\n");
    for (ErrorCorrection level : ErrorCorrection.values()) {
      out.append("| ")
          .append(level)
          .append(" | ")
          .append(claimsCell(mostBytesInVersion6(prefix, level)))
          .append(" | ")
          .append(claimsCell(mostBytesInVersion6(shortPrefix, level)))
          .append(" | ")
          .append(prefixCell(longestPrefixInVersion6(rest, level)))
          .append(" | ")
          .append(prefixCell(longestPrefixInVersion6(smallestRest, level)))
          .append(" |\n");
    }
    int smallestAtM = longestPrefixInVersion6(smallestRest, ErrorCorrection.M);
    boolean noneAfterPrefixes =
        mostBytesInVersion6(shortPrefix, ErrorCorrection.M) - HEADER_BYTES < MIN_CLAIMS_BYTES;
    out.append("\nSo at level M the default tag needs version 7, and version 6 at M holds ")
        .append(noneAfterPrefixes ? "no valid tag after either prefix" : "smaller tags")
        .append(
            smallestAtM == 0
                ? ", whatever the prefix"
                : "; only the smallest valid tag fits it, with a prefix of at most "
                    + smallestAtM
                    + " characters")
        .append(". At level L the default tag fits version ")
        .append(version(prefix, rest, ErrorCorrection.L))
        .append(" with a prefix of up to ")
        .append(longestPrefixInVersion6(rest, ErrorCorrection.L))
        .append(" characters.\n");
    DocSection.check("size-table", out.toString());
  }

  private static String claimsCell(int compactBytes) {
    int claims = compactBytes - HEADER_BYTES;
    return claims >= MIN_CLAIMS_BYTES
        ? Integer.toString(claims)
        : "none (room for " + Math.max(claims, 0) + ")";
  }

  private static String prefixCell(int length) {
    return length == 0 ? "none fits" : length + " characters";
  }
}
