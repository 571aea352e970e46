package io.github.craftmark.examples.verifyserver;

import io.github.craftmark.core.address.Province;
import io.github.craftmark.core.address.Provinces;
import io.github.craftmark.core.brand.VillageBrand;
import io.github.craftmark.core.ocop.CertificateStatus;
import io.github.craftmark.core.ocop.OcopCertificate;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.core.producer.Producer;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.village.CraftVillage;
import io.github.craftmark.provenance.ledger.ClaimOutcome;
import io.github.craftmark.provenance.ledger.CopyAssessment;
import io.github.craftmark.provenance.ledger.CopySignal;
import io.github.craftmark.provenance.ledger.ScanPlace;
import io.github.craftmark.provenance.tag.RejectionReason;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.VerifiedTag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** The HTML pages: mobile first, no JavaScript, every echoed text escaped. */
final class Pages {
  /** Dates and times are shown in Viet Nam's time zone, whatever the server's clock zone. */
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final String STYLE = String.join(
      "\n",
      ":root{color-scheme:light;font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif}",
      "body{margin:0;background:#f6f4ef;color:#1d1b16;line-height:1.45}",
      "main{max-width:36rem;margin:0 auto;padding:0.75rem 1rem 2rem}",
      "header{display:flex;justify-content:space-between;align-items:baseline;gap:1rem}",
      "header p{margin:0.5rem 0;font-weight:600}",
      "a{color:#0b57d0}",
      "h1{font-size:1.5rem;margin:0 0 0.25rem}",
      "h2{font-size:1.1rem;margin:0 0 0.5rem}",
      "section{background:#fff;border-radius:0.75rem;padding:0.9rem 1rem;margin:0.75rem 0;"
          + "box-shadow:0 1px 2px rgba(0,0,0,.08)}",
      ".verdict{border-left:0.5rem solid}",
      ".genuine{background:#e6f4ea;border-color:#137333}",
      ".warning{background:#fff4e0;border-color:#b06000}",
      ".rejected{background:#fdecea;border-color:#b3261e}",
      ".outcome{border-left:0.5rem solid #0b57d0}",
      "dl{display:grid;grid-template-columns:max-content 1fr;gap:0.25rem 0.75rem;margin:0}",
      "dt{color:#5f5b52}",
      "dd{margin:0;overflow-wrap:anywhere}",
      ".stars{color:#b06000;font-size:1.2rem;letter-spacing:0.1rem}",
      ".small{font-size:0.85rem;color:#5f5b52;overflow-wrap:anywhere}",
      "label{display:block;margin:0.5rem 0 0.25rem;font-weight:600}",
      "input,select,button{font:inherit;width:100%;box-sizing:border-box;padding:0.6rem;"
          + "border-radius:0.5rem;border:1px solid #8e8a80}",
      "input{text-transform:uppercase;letter-spacing:0.1rem}",
      "button{margin-top:0.75rem;background:#137333;color:#fff;border:0;font-weight:600}");

  /**
   * The page's policy: nothing may load but the one inline style sheet, whose hash it names; forms
   * post only here; no page may frame this one.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-"
      + sha256Base64(STYLE)
      + "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private Pages() {}

  private static String sha256Base64(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The tag page

  /**
   * Renders the page of a tag.
   *
   * @param r the report
   * @param lang the language
   * @param path the request's path, to link the language switch and post the claim form to
   * @param province the province the visitor gave, if any, kept across the language switch
   */
  static String tagPage(TagReport r, Lang lang, String path, Optional<String> province) {
    StringBuilder h = new StringBuilder(8192);
    String title = lang.pick("Kiểm tra tem sản phẩm", "Product tag check");
    open(h, lang, title, path, province);
    verdict(h, r, lang);
    r.claim().ifPresent(outcome -> claimOutcome(h, outcome, lang));
    if (r.tag().isPresent()) {
      VerifiedTag tag = r.tag().get();
      productSection(h, r, tag, lang);
      originSection(h, r, tag, lang);
      ocopSection(h, r, tag, lang);
      scansSection(h, r, lang);
      boolean decided = r.claim().orElse(null) instanceof ClaimOutcome.Claimed
          || r.claim().orElse(null) instanceof ClaimOutcome.AlreadyClaimed;
      if (!decided) {
        claimForm(h, tag, lang, path, province);
      }
      // Only a genuine tag's scans are recorded: a fake has no serial worth keeping.
      h.append("<p class=\"small\">")
          .append(Html.text(lang.pick(
              "Mỗi lần mở trang này là một lượt quét: máy chủ ghi thời điểm và tỉnh/thành (nếu có),"
                  + " còn địa chỉ mạng của bạn chỉ được lưu dưới dạng mã băm có muối.",
              "Each time this page opens counts as a scan: the server records the time and the"
                  + " province (if given); your network address is kept only as a salted hash.")))
          .append("</p>");
    }
    close(h);
    return h.toString();
  }

  private static void verdict(StringBuilder h, TagReport r, Lang lang) {
    TagReport.Headline headline = r.headline();
    String css =
        switch (headline) {
          case GENUINE -> "genuine";
          case NOT_GENUINE -> "rejected";
          default -> "warning";
        };
    h.append("<section class=\"verdict ").append(css).append("\" id=\"verdict\">");
    switch (headline) {
      case NOT_GENUINE -> {
        RejectionReason reason = r.tagVerdict().rejectionReason().orElseThrow();
        h1(h, lang.pick("Không phải tem thật", "Not a genuine tag"));
        p(h, lang.pick("Lý do: ", "Why: ") + reasonText(reason, lang));
        h.append("<p class=\"small\">")
            .append(Html.text(lang.pick("Mã lý do: ", "Reason code: ") + reason.code()))
            .append("</p>");
        p(
            h,
            lang.pick(
                "Đừng tin vào thông tin in trên sản phẩm này. Hãy hỏi người bán hoặc hiệp hội"
                    + " làng nghề.",
                "Do not rely on what this product's label says. Ask the seller or the village"
                    + " association."));
      }
      case SUSPECTED_COPY -> {
        h1(h, lang.pick("Nghi tem bị sao chép", "This tag may be copied"));
        p(
            h,
            lang.pick(
                "Chữ ký trên tem hợp lệ, nhưng lịch sử quét của tem không giống của một sản phẩm"
                    + " duy nhất:",
                "The tag's signature is valid, but its scan history does not look like that of a"
                    + " single item:"));
        h.append("<ul>");
        for (CopySignal signal : r.copyAssessment().orElseThrow().signals()) {
          h.append("<li>")
              .append(
                  Html.text(lang.pick(signal.rule().meaningVi(), signal.rule().meaning())))
              .append(" <span class=\"small\">")
              .append(Html.text(lang.pick(signal.detailVi(), signal.detail())))
              .append("</span></li>");
        }
        h.append("</ul>");
      }
      case ALREADY_CLAIMED_BY_ANOTHER -> {
        h1(h, lang.pick("Tem thật, nhưng đã có người xác nhận", "Genuine, but already claimed"));
        p(
            h,
            lang.pick(
                "Chữ ký trên tem hợp lệ, nhưng sản phẩm mang tem này đã được xác nhận trước đó."
                    + " Một trong hai sản phẩm có thể mang tem sao chép.",
                "The tag's signature is valid, but the item with this tag was claimed before."
                    + " One of the two items may carry a copied tag."));
      }
      case GENUINE_UNCHECKED -> {
        h1(h, lang.pick("Tem thật — chưa kiểm tra được bản sao", "Genuine — copies not checked"));
        p(
            h,
            lang.pick(
                "Chữ ký trên tem hợp lệ, nhưng hiện không truy cập được sổ quét nên chưa kiểm tra"
                    + " được tem có bị sao chép hay không.",
                "The tag's signature is valid, but the scan ledger cannot be reached now, so"
                    + " copies could not be checked."));
      }
      case GENUINE -> {
        h1(h, lang.pick("Tem thật", "Genuine tag"));
        VerifiedTag tag = r.tag().orElseThrow();
        String producer = r.producer()
            .map(Producer::displayName)
            .orElse(tag.member().producer().value());
        p(
            h,
            lang.pick(
                "Chữ ký hợp lệ của " + producer + ", thành viên được "
                    + tag.authority().name() + " chứng nhận.",
                "Validly signed by " + producer + ", a member certified by "
                    + tag.authority().name() + "."));
        r.copyAssessment()
            .ifPresent(copy -> p(
                h,
                copy.isFirstScanInWindow()
                    ? lang.pick(
                        "Đây là lần quét đầu tiên của tem này trong " + days(copy) + " ngày qua.",
                        "This is the tag's first scan in " + days(copy) + " days.")
                    : lang.pick(
                        "Tem đã được quét " + copy.scansInWindow() + " lần trong " + days(copy)
                            + " ngày qua, chưa có dấu hiệu sao chép.",
                        "Scanned " + copy.scansInWindow() + " times in " + days(copy)
                            + " days, with no sign of copying.")));
      }
    }
    r.tag()
        .filter(tag -> !tag.isPrefixOfAuthority())
        .ifPresent(tag -> p(
            h,
            lang.pick(
                "Lưu ý: địa chỉ kiểm tra trên tem không thuộc danh sách địa chỉ của "
                    + tag.authority().name() + ".",
                "Note: the tag's verify address is not one that "
                    + tag.authority().name() + " lists.")));
    h.append("</section>");
  }

  private static long days(CopyAssessment copy) {
    return copy.window().toDays();
  }

  /** Why a tag was rejected, in the page's language. */
  static String reasonText(RejectionReason reason, Lang lang) {
    if (lang == Lang.EN) {
      return reason.explanation();
    }
    return switch (reason) {
      case UNREADABLE_IMAGE -> "Không đọc được mã QR từ ảnh.";
      case MALFORMED -> "Đây không phải là một mã tem CraftMark hợp lệ.";
      case UNSUPPORTED_VERSION ->
        "Tem dùng phiên bản định dạng hoặc thuật toán mà máy chủ này không hỗ trợ.";
      case UNKNOWN_ISSUER ->
        "Không có thành viên nào được hiệp hội làng nghề chứng nhận với khóa ký của tem này.";
      case BAD_SIGNATURE -> "Chữ ký không khớp với nội dung tem: tem đã bị sửa hoặc bị làm giả.";
      case ISSUER_REVOKED -> "Hiệp hội làng nghề đã thu hồi khóa của cơ sở phát hành tem.";
      case ISSUER_OUTSIDE_VALIDITY ->
        "Ngày sản xuất trên tem nằm ngoài thời hạn chứng nhận của cơ sở phát hành.";
      case ISSUER_NOT_AUTHORISED_FOR_BRAND ->
        "Cơ sở phát hành không được phép dùng nhãn hiệu ghi trên tem.";
      case ISSUER_NOT_AUTHORISED_FOR_CATEGORY ->
        "Cơ sở phát hành không được phép gắn tem cho loại sản phẩm này.";
      case TAG_REVOKED -> "Hiệp hội làng nghề đã thu hồi tem này.";
      case TRUST_LIST_STALE ->
        "Danh sách tin cậy của máy chủ đã quá hạn cập nhật nên chưa xác minh được tem.";
    };
  }

  /** What a claim's outcome means, in the page's language. */
  static String claimText(ClaimOutcome outcome, Lang lang) {
    if (outcome instanceof ClaimOutcome.Claimed claimed) {
      return lang.pick(
          "Đã xác nhận: sản phẩm này nay đã được đăng ký cho bạn (lúc " + at(claimed.at(), lang)
              + ").",
          "Claimed: this item is now registered to you (at " + at(claimed.at(), lang) + ").");
    }
    if (outcome instanceof ClaimOutcome.AlreadyClaimed already) {
      String when = at(already.firstClaimedAt(), lang);
      return lang.pick(
          "Sản phẩm này đã được xác nhận lúc " + when + ".",
          "This item was already claimed on " + when + ".");
    }
    if (outcome instanceof ClaimOutcome.Throttled throttled) {
      String when = at(throttled.retryAfter(), lang);
      return lang.pick(
          "Đã nhập sai mã quá nhiều lần cho sản phẩm này; hãy thử lại sau " + when + ".",
          "Too many wrong codes for this item; try again after " + when + ".");
    }
    return lang.pick(outcome.explanationVi(), outcome.explanation());
  }

  private static String at(Instant instant, Lang lang) {
    return lang.dateTime().format(instant.atZone(ZONE));
  }

  private static void claimOutcome(StringBuilder h, ClaimOutcome outcome, Lang lang) {
    h.append("<section class=\"outcome\" id=\"claim-outcome\">");
    h.append("<h2>")
        .append(Html.text(lang.pick("Kết quả xác nhận", "Claim result")))
        .append("</h2>");
    p(h, claimText(outcome, lang));
    if (outcome instanceof ClaimOutcome.AlreadyClaimed already && !already.sameBuyer()) {
      p(
          h,
          lang.pick(
              "Nếu bạn vừa mua sản phẩm này, tem có thể là bản sao: hãy giữ hóa đơn và liên hệ"
                  + " hiệp hội làng nghề.",
              "If you have just bought this item, its tag may be a copy: keep the receipt and"
                  + " contact the village association."));
    }
    h.append("</section>");
  }

  private static void productSection(StringBuilder h, TagReport r, VerifiedTag tag, Lang lang) {
    TagClaims claims = tag.claims();
    h.append("<section id=\"product\"><h2>")
        .append(Html.text(lang.pick("Sản phẩm", "Product")))
        .append("</h2><dl>");
    Optional<Product> product = r.product();
    if (product.isPresent()) {
      Product p = product.get();
      row(
          h,
          lang.pick("Tên", "Name"),
          lang == Lang.EN ? p.nameEn().orElse(p.nameVi()) : p.nameVi());
      row(
          h,
          lang.pick("Loại", "Craft"),
          lang.pick(p.category().nameVi(), p.category().nameEn()));
    } else {
      row(
          h,
          lang.pick("Tên", "Name"),
          lang.pick("Chưa có trong danh mục của máy chủ này", "Not in this server's catalogue"));
    }
    row(h, "SKU / GTIN", claims.product().text());
    row(h, lang.pick("Lô sản xuất", "Batch"), claims.batch());
    row(h, lang.pick("Ngày sản xuất", "Made on"), lang.date().format(claims.dateMade()));
    row(h, lang.pick("Số sê-ri", "Serial"), claims.serial());
    h.append("</dl></section>");
  }

  private static void originSection(StringBuilder h, TagReport r, VerifiedTag tag, Lang lang) {
    h.append("<section id=\"origin\"><h2>")
        .append(Html.text(
            lang.pick("Làng nghề, nhãn hiệu và nơi sản xuất", "Village, brand and maker")))
        .append("</h2><dl>");
    Optional<CraftVillage> village = r.village();
    if (village.isPresent()) {
      CraftVillage v = village.get();
      row(h, lang.pick("Làng nghề", "Craft village"), v.name());
      row(h, lang.pick("Công nhận", "Recognised as"), lang.pick(v.level().nameVi(), levelEn(v)));
      row(h, lang.pick("Tỉnh/thành", "Province"), v.province().name());
    }
    row(h, lang.pick("Nhãn hiệu", "Brand"), tag.brand().name());
    r.brand().ifPresent(b -> row(h, lang.pick("Loại nhãn hiệu", "Mark"), markText(b, lang)));
    row(h, lang.pick("Chứng nhận bởi", "Certified by"), tag.authority().name());
    Optional<Producer> producer = r.producer();
    row(
        h,
        lang.pick("Cơ sở sản xuất", "Producer"),
        producer.map(Producer::displayName).orElse(tag.member().producer().value()));
    producer.ifPresent(p -> row(h, lang.pick("Địa chỉ", "Address"), p.address().formatOneLine()));
    h.append("</dl></section>");
  }

  private static String levelEn(CraftVillage v) {
    return switch (v.level()) {
      case CRAFT_VILLAGE -> "Craft village";
      case TRADITIONAL_CRAFT_VILLAGE -> "Traditional craft village";
    };
  }

  private static String markText(VillageBrand brand, Lang lang) {
    return lang.pick(brand.markType().nameVi(), brand.markType().nameEn()) + " “"
        + brand.sign().words() + "”";
  }

  private static void ocopSection(StringBuilder h, TagReport r, VerifiedTag tag, Lang lang) {
    Optional<OcopCertificate> certificate = r.certificate();
    Optional<StarRating> stars =
        certificate.map(OcopCertificate::stars).or(() -> tag.claims().ocopStars());
    if (stars.isEmpty() && r.certificateNumber().isEmpty()) {
      return;
    }
    h.append("<section id=\"ocop\"><h2>OCOP</h2><dl>");
    stars.ifPresent(s -> {
      h.append("<dt>").append(Html.text(lang.pick("Hạng sao", "Stars"))).append("</dt>");
      h.append("<dd><span class=\"stars\" aria-hidden=\"true\">")
          .append("★".repeat(s.value()))
          .append("☆".repeat(5 - s.value()))
          .append("</span> ")
          .append(Html.text(lang.pick(s.value() + " sao", s.value() + " stars")))
          .append("</dd>");
    });
    r.certificateNumber().ifPresent(n -> row(h, lang.pick("Giấy chứng nhận", "Certificate"), n));
    if (certificate.isPresent()) {
      OcopCertificate c = certificate.get();
      row(h, lang.pick("Cấp bởi", "Issued by"), c.issuerName());
      row(
          h,
          lang.pick("Tình trạng hôm nay", "Status today"),
          statusText(c, r.certificateStatus().orElseThrow(), lang));
    } else {
      row(
          h,
          lang.pick("Tình trạng hôm nay", "Status today"),
          lang.pick(
              "Không tìm thấy giấy chứng nhận trong danh mục",
              "The certificate is not in the catalogue"));
    }
    h.append("</dl></section>");
  }

  static String statusText(OcopCertificate c, CertificateStatus status, Lang lang) {
    String until = lang.date().format(c.validUntil());
    return switch (status) {
      case ACTIVE -> lang.pick("Còn hiệu lực đến " + until, "Valid until " + until);
      case EXPIRED -> lang.pick("Đã hết hiệu lực từ sau " + until, "Expired after " + until);
      case REVOKED -> lang.pick("Đã bị thu hồi", "Revoked");
      case SUPERSEDED -> lang.pick("Đã được thay bằng giấy chứng nhận mới", "Superseded");
      case NOT_YET_VALID ->
        lang.pick(
            "Chưa có hiệu lực (cấp ngày " + lang.date().format(c.issuedOn()) + ")",
            "Not yet valid (issued " + lang.date().format(c.issuedOn()) + ")");
    };
  }

  private static void scansSection(StringBuilder h, TagReport r, Lang lang) {
    h.append("<section id=\"scans\"><h2>")
        .append(Html.text(lang.pick("Lịch sử quét", "Scan history")))
        .append("</h2>");
    if (r.history().isEmpty()) {
      p(h, lang.pick("Hiện không đọc được sổ quét.", "The scan ledger cannot be read now."));
      h.append("</section>");
      return;
    }
    h.append("<dl>");
    r.copyAssessment().ifPresent(copy -> {
      int places = copy.placesInWindow();
      row(
          h,
          lang.pick("Trong " + days(copy) + " ngày qua", "In the last " + days(copy) + " days"),
          lang.pick(
              copy.scansInWindow() + " lượt quét"
                  + (places == 0 ? ", chưa rõ ở đâu" : ", ở " + places + " nơi"),
              copy.scansInWindow()
                  + (copy.scansInWindow() == 1 ? " scan" : " scans")
                  + (places == 0
                      ? ", places not given"
                      : ", in " + places + (places == 1 ? " place" : " places"))));
      copy.claim()
          .ifPresent(
              claim -> row(h, lang.pick("Đã xác nhận lúc", "Claimed at"), at(claim.at(), lang)));
    });
    String more = r.history().get().more() ? "+" : "";
    long views = r.viewsInHistory();
    long attempts = r.history().get().scans().size() - views;
    row(
        h,
        lang.pick("Đã ghi", "Recorded"),
        lang.pick(
            views + more + " lượt quét"
                + (attempts == 0 ? "" : ", " + attempts + more + " lần nhập mã xác nhận"),
            views
                + more
                + (views == 1 ? " scan" : " scans")
                + (attempts == 0
                    ? ""
                    : ", " + attempts + more
                        + (attempts == 1 ? " claim attempt" : " claim attempts"))));
    r.firstScanInHistory()
        .ifPresent(first -> row(
            h,
            r.history().get().more()
                ? lang.pick("Lượt cũ nhất đã đọc", "Oldest read")
                : lang.pick("Lần quét đầu tiên", "First scan"),
            at(first, lang)));
    h.append("</dl>");
    Map<ScanPlace, Long> places = r.scansByPlace();
    if (!places.isEmpty()) {
      h.append("<p>").append(Html.text(lang.pick("Nơi quét:", "Where:"))).append("</p><ul>");
      places.forEach((place, count) -> h.append("<li>")
          .append(Html.text(
              TagReport.placeName(place).orElse(lang.pick("Không rõ nơi", "Place not given"))))
          .append(": ")
          .append(Html.text(lang.pick(count + " lượt", count + (count == 1 ? " scan" : " scans"))))
          .append("</li>"));
      h.append("</ul>");
    }
    h.append("</section>");
  }

  private static void claimForm(
      StringBuilder h, VerifiedTag tag, Lang lang, String path, Optional<String> province) {
    h.append("<section id=\"claim\"><h2>")
        .append(Html.text(lang.pick("Xác nhận quyền sở hữu", "Claim this item")))
        .append("</h2>");
    if (tag.claims().claimCommitment().isEmpty()) {
      p(h, lang.pick("Tem này không có mã xác nhận.", "This tag has no claim code."));
      h.append("</section>");
      return;
    }
    p(
        h,
        lang.pick(
            "Nếu bạn đã mua sản phẩm này, hãy cào lớp phủ và nhập mã xác nhận. Chỉ lần xác nhận"
                + " đúng đầu tiên được ghi nhận.",
            "If you bought this item, scratch off the label and enter its claim code. Only the"
                + " first right claim counts."));
    h.append("<form method=\"post\" action=\"")
        .append(Html.text(path + "?lang=" + lang.code()))
        .append("\"><label for=\"code\">")
        .append(Html.text(lang.pick("Mã xác nhận", "Claim code")))
        .append("</label><input id=\"code\" name=\"code\" required maxlength=\"64\""
            + " autocomplete=\"off\" autocapitalize=\"characters\" spellcheck=\"false\">")
        .append("<label for=\"province\">")
        .append(Html.text(lang.pick("Bạn đang ở (không bắt buộc)", "Where you are (optional)")))
        .append("</label><select id=\"province\" name=\"province\"><option value=\"\">")
        .append(Html.text(lang.pick("Không nói", "Rather not say")))
        .append("</option>");
    for (Province p : Provinces.standard().all()) {
      h.append("<option value=\"").append(Html.text(p.code())).append('"');
      if (province.isPresent() && province.get().equals(p.code())) {
        h.append(" selected");
      }
      h.append('>').append(Html.text(p.name())).append("</option>");
    }
    h.append("</select><button type=\"submit\">")
        .append(Html.text(lang.pick("Xác nhận", "Claim")))
        .append("</button></form></section>");
  }

  // ---------------------------------------------------------------------------------------------
  // Other pages

  /** The page at {@code /}: what this server is for. */
  static String homePage(Lang lang, String tagPath) {
    StringBuilder h = new StringBuilder(2048);
    open(h, lang, lang.pick("Kiểm tra tem sản phẩm", "Product tag check"), "/", Optional.empty());
    h.append("<section>");
    h1(h, lang.pick("Kiểm tra tem sản phẩm", "Product tag check"));
    p(
        h,
        lang.pick(
            "Quét mã QR trên tem của sản phẩm bằng máy ảnh điện thoại: trang kết quả sẽ mở tại"
                + " địa chỉ " + tagPath + "….",
            "Scan the QR code on the product's tag with your phone's camera: the result opens at "
                + tagPath + "…."));
    h.append("</section>");
    close(h);
    return h.toString();
  }

  /** A short page for a request this server refuses. */
  static String errorPage(
      Lang lang, int status, String titleVi, String titleEn, String whyVi, String whyEn) {
    StringBuilder h = new StringBuilder(1024);
    String title = lang.pick(titleVi, titleEn);
    open(h, lang, title, null, Optional.empty());
    h.append("<section class=\"verdict rejected\" id=\"error\">");
    h1(h, title);
    p(h, lang.pick(whyVi, whyEn));
    h.append("<p class=\"small\">HTTP ").append(status).append("</p></section>");
    close(h);
    return h.toString();
  }

  private static void open(
      StringBuilder h, Lang lang, String title, String path, Optional<String> province) {
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(lang.code())
        .append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta name=\"referrer\" content=\"no-referrer\">")
        .append("<title>")
        .append(Html.text(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body><main><header><p>CraftMark</p>");
    if (path != null) {
      Lang other = lang == Lang.VI ? Lang.EN : Lang.VI;
      String query =
          "?lang=" + other.code() + province.map(p -> "&province=" + p).orElse("");
      h.append("<a id=\"lang\" href=\"")
          .append(Html.text(path + query))
          .append("\" hreflang=\"")
          .append(other.code())
          .append("\">")
          .append(other == Lang.EN ? "English" : "Tiếng Việt")
          .append("</a>");
    }
    h.append("</header>");
  }

  private static void close(StringBuilder h) {
    h.append("</main></body></html>\n");
  }

  private static void h1(StringBuilder h, String text) {
    h.append("<h1>").append(Html.text(text)).append("</h1>");
  }

  private static void p(StringBuilder h, String text) {
    h.append("<p>").append(Html.text(text)).append("</p>");
  }

  private static void row(StringBuilder h, String term, Object value) {
    h.append("<dt>")
        .append(Html.text(term))
        .append("</dt><dd>")
        .append(Html.text(value))
        .append("</dd>");
  }
}
