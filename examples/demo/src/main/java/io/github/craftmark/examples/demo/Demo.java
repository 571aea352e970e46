package io.github.craftmark.examples.demo;

import io.github.craftmark.core.address.Provinces;
import io.github.craftmark.core.compliance.ComplianceChecker;
import io.github.craftmark.core.compliance.ComplianceReport;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.ocop.OcopCertificate;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.examples.verifyserver.InMemoryProductDirectory;
import io.github.craftmark.examples.verifyserver.VerifyServer;
import io.github.craftmark.examples.workshop.Catalogue;
import io.github.craftmark.examples.workshop.LabelSheet;
import io.github.craftmark.examples.workshop.TagBatch;
import io.github.craftmark.examples.workshop.Workspace;
import io.github.craftmark.platform.CategoryMapping;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.MappingReport;
import io.github.craftmark.platform.ProvenanceLine;
import io.github.craftmark.platform.PublishedListing;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.StockUpdate;
import io.github.craftmark.platform.fake.FakeMarketplace;
import io.github.craftmark.provenance.ledger.ClaimOutcome;
import io.github.craftmark.provenance.ledger.CopySignal;
import io.github.craftmark.provenance.ledger.ScanContext;
import io.github.craftmark.provenance.ledger.ScanPlace;
import io.github.craftmark.provenance.ledger.ScanVerdict;
import io.github.craftmark.provenance.ledger.ScanVerifier;
import io.github.craftmark.provenance.ledger.jdbc.H2Ledgers;
import io.github.craftmark.provenance.ledger.jdbc.JdbcScanLedger;
import io.github.craftmark.provenance.qr.ErrorCorrection;
import io.github.craftmark.provenance.qr.QrImages;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.TagIssuer;
import io.github.craftmark.provenance.tag.TagParser;
import io.github.craftmark.provenance.tag.TagPrefix;
import io.github.craftmark.provenance.tag.TagSerial;
import io.github.craftmark.provenance.tag.TagVerifier;
import io.github.craftmark.provenance.tag.UnverifiedTag;
import io.github.craftmark.provenance.trust.AuthorityProfile;
import io.github.craftmark.provenance.trust.MemberCertificate;
import io.github.craftmark.provenance.trust.TrustList;
import io.github.craftmark.provenance.trust.TrustStore;
import io.github.craftmark.provenance.trust.TrustedBrand;
import io.github.craftmark.provenance.trust.VillageAuthority;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The whole CraftMark story in one run, on embedded defaults (no server, no network): a Bát Tràng
 * village authority with two members, a sample catalogue checked for compliance, a batch of signed
 * tags with claim codes written as QR images and A4 label sheets, verification of a genuine, a
 * tampered and a photocopied tag against the scan ledger (embedded H2), a claim and a second claim,
 * and listings on the fake marketplace.
 *
 * <p>Everything it writes goes to one output folder ({@code demo-out/} by default).
 */
public final class Demo {
  /** The tag prefix of the demo authority. */
  public static final String PREFIX = "HTTPS://BATTRANG.VN/T/";

  private static final String MARKER = ".craftmark-demo";
  private static final int BATCH_SIZE = 6;
  private static final String TAGGED_PRODUCT = "binh-hut-loc-01";
  private static final List<String> COPY_PROVINCES =
      List.of("Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Cần Thơ", "Hải Phòng");

  private final Path out;
  private final PrintStream log;
  private final Clock clock;
  private final SecureRandom random;

  /**
   * Prepares a demo run.
   *
   * @param out the output folder; emptied first if an earlier demo made it, refused otherwise
   * @param log where the account of each step is printed
   * @param clock the demo's clock
   * @param random keys, serials and claim codes
   */
  public Demo(Path out, PrintStream log, Clock clock, SecureRandom random) {
    this.out = out;
    this.log = log;
    this.clock = clock;
    this.random = random;
  }

  /**
   * Runs the demo: {@code [--out DIR] [--serve [--port N]]}; with {@code --serve} the verify
   * server keeps running on 127.0.0.1 (port 8080 by default) until Ctrl-C.
   *
   * @param args the options
   * @throws Exception when a step fails; the demo then stops with the error
   */
  public static void main(String[] args) throws Exception {
    Path outDir = Path.of("demo-out");
    boolean serve = false;
    int port = 8080;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> outDir = Path.of(value(args, ++i, "--out"));
        case "--serve" -> serve = true;
        case "--port" -> port = port(value(args, ++i, "--port"));
        case "--help", "-h" -> {
          System.out.println(USAGE);
          return;
        }
        default -> {
          System.err.println("unknown option " + args[i] + "; " + USAGE);
          System.exit(2);
        }
      }
    }
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Demo demo = new Demo(outDir, stdout, Clock.systemUTC(), new SecureRandom());
    Result result = demo.run();
    if (serve) {
      Served served =
          demo.serve(result, new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      Runtime.getRuntime().addShutdownHook(new Thread(served::close));
      Thread.currentThread().join(); // until Ctrl-C
    }
  }

  private static final String USAGE = "usage: demo.sh [--out DIR] [--serve [--port N]]";

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // the message below says what is expected
    }
    System.err.println("--port must be 0..65535: " + text);
    System.exit(2);
    return -1;
  }

  /**
   * The verify server the demo left running, with the ledger it records to; closing stops both.
   *
   * @param server the running server
   * @param ledger its scan ledger (the demo's embedded H2 file)
   */
  public record Served(VerifyServer server, JdbcScanLedger ledger) implements AutoCloseable {
    @Override
    public void close() {
      server.close();
      ledger.close();
    }
  }

  /**
   * Starts the verify server on the demo's trust list, catalogue and ledger, and prints the pages a
   * person can open: the claimed tag, an unclaimed one and the photocopied one.
   *
   * @param result what {@link #run()} produced
   * @param bind where to listen; port 0 picks a free one
   * @return the running server; close it to stop
   */
  public Served serve(Result result, InetSocketAddress bind) {
    JdbcScanLedger ledger = H2Ledgers.inDirectory(result.ledgerDirectory());
    VerifyServer server;
    try {
      server = VerifyServer.builder()
          .prefix(TagPrefix.of(PREFIX))
          .trustStore(result.trustStore())
          .ledger(ledger)
          .directory(InMemoryProductDirectory.fromCatalogue(out.resolve("catalogue.json")))
          .clock(clock)
          .bind(bind)
          .build()
          .start();
    } catch (RuntimeException e) {
      ledger.close();
      throw e;
    }
    step(7, "The verify server a shopper's phone opens (Ctrl-C stops it)");
    List<TagBatch.Item> items = result.items();
    say("claimed tag:     %s", server.pageUri(items.get(0).tag().text()));
    say("unclaimed tag:   %s", server.pageUri(items.get(3).tag().text()));
    say("photocopied tag: %s", server.pageUri(items.get(2).tag().text()));
    say("in English: add ?lang=en; the claim codes are in %s", out.resolve("claim-codes.pdf"));
    return new Served(server, ledger);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      System.err.println(option + " needs a value");
      System.exit(2);
    }
    return args[i];
  }

  /**
   * What the demo produced, for checks.
   *
   * @param workspace the authority's workspace
   * @param trustStore the verifier's trust store
   * @param ledgerDirectory the H2 ledger's folder
   * @param items the issued tags with their claim codes
   * @param catalogue the sample catalogue
   * @param genuine the verdict for the genuine tag
   * @param tampered the verdict for the tampered tag
   * @param photocopied the last verdict for the photocopied tag
   * @param firstClaim the first claim's outcome
   * @param secondClaim the second claim's outcome
   * @param listings the listings on the fake marketplace
   */
  public record Result(
      Workspace workspace,
      TrustStore trustStore,
      Path ledgerDirectory,
      List<TagBatch.Item> items,
      Catalogue catalogue,
      ScanVerdict genuine,
      ScanVerdict tampered,
      ScanVerdict photocopied,
      ClaimOutcome firstClaim,
      ClaimOutcome secondClaim,
      List<PublishedListing> listings) {}

  /**
   * Runs every step and prints an account of each.
   *
   * @return what was produced
   * @throws IOException when the output folder cannot be written
   */
  public Result run() throws IOException {
    prepareOutputFolder();
    LocalDate today = LocalDate.now(clock);
    log.println("CraftMark demo — Bát Tràng, " + today + " — writing to " + out);
    char[] passphrase = randomPassphrase();

    // 1. The village authority and two members.
    step(1, "Village authority and members");
    TrustedBrand brand = new TrustedBrand(
        7, io.github.craftmark.core.id.BrandId.of("gom-bat-trang"), "Gốm sứ Bát Tràng");
    Workspace workspace = Workspace.create(
        out.resolve("authority"),
        AuthorityProfile.of(
            "battrang-association", "Hiệp hội Gốm sứ Bát Tràng", PREFIX, List.of(brand)),
        passphrase,
        random);
    VillageAuthority authority = workspace.authority(passphrase);
    say(
        "%s (%s), root key %s, tags start %s",
        authority.profile().name(),
        authority.profile().id(),
        authority.rootKey().keyId(),
        PREFIX);
    for (String member : List.of("hh-bat-trang-001", "dn-gom-xanh")) {
      MemberCertificate certificate = workspace.enrol(
          authority,
          ProducerId.of(member),
          List.of(brand.code()),
          today.minusYears(1),
          today.plusYears(2),
          passphrase,
          random);
      say(
          "member %s: key %s certified for brand %d, %s..%s",
          member,
          certificate.keyId(),
          brand.code(),
          certificate.validFrom(),
          certificate.validUntil());
    }
    workspace.publishTrustList(authority, clock);
    TrustList list = workspace.trustList(authority);
    say(
        "trust list %d signed: %d members, next update %s (%s)",
        list.sequence(),
        list.members().size(),
        list.nextUpdate(),
        relative(out.resolve("authority/trust-list.cbor")));

    // 2. The catalogue and its compliance findings.
    step(2, "Catalogue and compliance check");
    Path catalogueFile = out.resolve("catalogue.json");
    Files.writeString(catalogueFile, Catalogue.sampleJson(), StandardCharsets.UTF_8);
    Catalogue catalogue = Catalogue.readJson(catalogueFile);
    ComplianceChecker checker = ComplianceChecker.of(catalogue.complianceRules());
    for (Product product : catalogue.products()) {
      ComplianceReport report =
          checker.check(product, catalogue.producer(product.producer()).orElseThrow(), today);
      say(
          "%-38s %s — %s",
          product.nameVi(),
          product.lowestPrice(),
          report.codes().isEmpty() ? "no findings" : String.join(", ", report.codes()));
    }

    // 3. A batch of tags with claim codes, as QR images and label sheets.
    step(3, "Signed tags with claim codes, QR images and label sheets");
    Product vase = catalogue.product(ProductId.of(TAGGED_PRODUCT)).orElseThrow();
    OcopCertificate certificate =
        catalogue.certificate(vase.ocopCertificate().orElseThrow()).orElseThrow();
    TagIssuer issuer = workspace.issuer(ProducerId.of("hh-bat-trang-001"), passphrase);
    TagClaims prototype = TagClaims.builder()
        .serial(TagSerial.random(random))
        .sku(vase.sku())
        .batch("2412")
        .dateMade(today)
        .brandCode(brand.code())
        .category(vase.category())
        .ocopStars(certificate.stars())
        .ocopCertificate(certificate.certificateNumber())
        .build();
    List<TagBatch.Item> items =
        TagBatch.issue(issuer, prototype, BATCH_SIZE, true, random, done -> {});
    TagBatch.write(out.resolve("batch-2412"), items);
    Path qrFolder = Files.createDirectories(out.resolve("qr"));
    List<LabelSheet.Label> labels = new ArrayList<>();
    for (TagBatch.Item item : items) {
      Files.write(
          qrFolder.resolve(item.tag().claims().serial() + ".png"),
          QrImages.toPng(item.tag().toQrCode(ErrorCorrection.M)));
      labels.add(LabelSheet.Label.of(
          item.tag(),
          vase.nameVi(),
          brand.name(),
          OptionalInt.of(certificate.stars().value()),
          item.claimCode()));
    }
    LabelSheet sheet = LabelSheet.standard();
    sheet.writeLabels(labels, out.resolve("labels.pdf"));
    sheet.writeClaimCodes(labels, out.resolve("claim-codes.pdf"));
    say(
        "%d tags of \"%s\" (OCOP %d★, batch 2412), each %d characters in QR version %d-M",
        items.size(),
        vase.nameVi(),
        certificate.stars().value(),
        items.get(0).tag().text().length(),
        items.get(0).tag().toQrCode(ErrorCorrection.M).version());
    say(
        "QR images in %s, labels in %s, claim codes in %s (kept apart: they are secret)",
        relative(qrFolder),
        relative(out.resolve("labels.pdf")),
        relative(out.resolve("claim-codes.pdf")));

    // 4. Verification against the scan ledger.
    step(4, "Verification with the scan ledger (embedded H2)");
    TrustStore trustStore = workspace.trustStore(clock);
    TagVerifier tagVerifier =
        TagVerifier.builder().trustStore(trustStore).clock(clock).build();
    Path ledgerDir = out.resolve("ledger");
    ScanVerdict genuine;
    ScanVerdict tampered;
    ScanVerdict photocopied = null;
    ClaimOutcome firstClaim;
    ClaimOutcome secondClaim;
    try (JdbcScanLedger ledger = H2Ledgers.inDirectory(ledgerDir)) {
      ScanVerifier verifier = ScanVerifier.builder()
          .tagVerifier(tagVerifier)
          .ledger(ledger)
          .clock(clock)
          .build();
      TagBatch.Item first = items.get(0);
      byte[] photo = Files.readAllBytes(qrFolder.resolve(first.tag().claims().serial() + ".png"));
      genuine = verifier.verifyImage(photo, scanIn("Hà Nội", "phone-of-buyer"));
      say("genuine tag, read from its QR image, scanned in Hà Nội: %s", describe(genuine));

      String tamperedText = tamper(items.get(1).tag().text());
      tampered = verifier.verify(tamperedText, scanIn("Hà Nội", "phone-of-buyer"));
      say("tampered tag (one bit of its signature changed): %s", describe(tampered));

      // A photocopy of a genuine label, stuck on fakes sold across the country.
      String copied = items.get(2).tag().text();
      for (int i = 0; i < COPY_PROVINCES.size(); i++) {
        photocopied = verifier.verify(copied, scanIn(COPY_PROVINCES.get(i), "phone-" + i));
      }
      say(
          "photocopied tag, scanned in %d provinces within a minute: %s",
          COPY_PROVINCES.size(), describe(photocopied));

      // 5. Claim codes: the first valid claim wins.
      step(5, "Claiming the item with its secret code");
      firstClaim = verifier.claim(
          first.tag().text(),
          first.claimCode(),
          Optional.of("buyer-lan"),
          scanIn("Hà Nội", "phone-of-buyer"));
      say("first claim with the code from the scratch-off: %s", describe(firstClaim));
      secondClaim = verifier.claim(
          first.tag().text(),
          first.claimCode(),
          Optional.of("buyer-2"),
          scanIn("Thành phố Hồ Chí Minh", "phone-of-reseller"));
      say("second claim of the same serial: %s", describe(secondClaim));
      ClaimOutcome wrong = verifier.claim(
          items.get(3).tag().text(),
          "000000000000",
          Optional.empty(),
          scanIn("Đà Nẵng", "phone-of-guesser"));
      say("a guessed code on another item: %s", describe(wrong));
    }

    // 6. Listings on the fake marketplace, with the provenance line.
    step(6, "Listings on the fake marketplace");
    FakeMarketplace marketplace = FakeMarketplace.create();
    ShopRef shop = ShopRef.of(marketplace.marketplace(), "gom-minh-hai");
    CategoryMapping mapping = CategoryMapping.builder(marketplace.marketplace())
        .map(CraftCategory.CERAMICS, CategoryMapping.Target.of("ceramics-vases"))
        .map(CraftCategory.SILK, CategoryMapping.Target.of("silk-scarves"))
        .build();
    List<PublishedListing> listings = new ArrayList<>();
    String firstDescription = "";
    for (Product product : catalogue.products()) {
      ListingRequest request = listingRequest(product, mapping, catalogue);
      MappingReport<ListingDraft> report = marketplace.map(request);
      if (!report.isOk()) {
        say("%-38s not listed: %s", product.nameVi(), report.errors());
        continue;
      }
      if (listings.isEmpty()) {
        firstDescription = report.orElseThrow().description();
      }
      PublishedListing listing = marketplace.publish(shop, request);
      listings.add(listing);
      say("%-38s listed as %s", product.nameVi(), listing.listingId());
    }
    List<StockUpdate> stock = new ArrayList<>();
    for (PublishedListing listing : listings) {
      listing.platformSkuIds().keySet().forEach(sku -> stock.add(listing.stockUpdate(sku, 5)));
    }
    marketplace.updateStock(shop, stock);
    say(
        "stock of %d SKUs updated in one batch; the vase's description ends: \"%s\"",
        stock.size(), lastLine(firstDescription));
    log.println();
    log.println("Done. Open " + relative(out.resolve("labels.pdf")) + " to see the labels.");
    return new Result(
        workspace,
        trustStore,
        ledgerDir,
        items,
        catalogue,
        genuine,
        tampered,
        photocopied,
        firstClaim,
        secondClaim,
        listings);
  }

  private ListingRequest listingRequest(
      Product product, CategoryMapping mapping, Catalogue catalogue) {
    ProvenanceLine.Builder provenance =
        ProvenanceLine.builder().verificationUri(URI.create("https://battrang.vn/t/"));
    product
        .village()
        .flatMap(v -> catalogue.villages().stream()
            .filter(village -> village.id().equals(v))
            .findFirst())
        // The line reads "làng nghề <name>", so the village's own "Làng gốm" is not repeated.
        .ifPresent(village ->
            provenance.village(village.name().replaceFirst("^Làng (gốm|lụa|nghề) ", "")));
    product
        .brand()
        .flatMap(b ->
            catalogue.brands().stream().filter(brand -> brand.id().equals(b)).findFirst())
        .ifPresent(brand -> provenance.brand(brand.sign().words()));
    product
        .ocopCertificate()
        .flatMap(catalogue::certificate)
        .filter(c -> c.isValidOn(LocalDate.now(clock)))
        .ifPresent(c -> provenance.ocopStars(c.stars()));
    return ListingRequest.builder(product, mapping)
        .addImage(ListingImage.ofBytes(photo(product), "image/jpeg"))
        .provenance(provenance.build())
        .build();
  }

  /** A stand-in product photo: a real JPEG, made here so the demo needs no files. */
  private static byte[] photo(Product product) {
    BufferedImage image = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    int hue = Math.abs(product.id().value().hashCode()) % 360;
    g.setPaint(new GradientPaint(
        0,
        0,
        Color.getHSBColor(hue / 360f, 0.35f, 0.95f),
        800,
        800,
        Color.getHSBColor(hue / 360f, 0.6f, 0.55f)));
    g.fillRect(0, 0, 800, 800);
    g.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static ScanContext scanIn(String province, String device) {
    return ScanContext.at(ScanPlace.of(Provinces.standard().get(province))).withDevice(device);
  }

  /**
   * Changes one bit of the tag's signature, as a forger editing a copy would, and writes the tag
   * again: it still parses, and its signature fails. The digits are the compact bytes as one
   * number with a fixed count of digits (docs/tag-format.md).
   */
  static String tamper(String text) {
    UnverifiedTag tag = TagParser.parseWithoutVerifying(text);
    byte[] compact = tag.compactBytes();
    compact[8 + 40] ^= 0x01; // a byte of the signature's S half, after the 8-byte key id
    int digits = (int) Math.ceil(8 * compact.length * Math.log10(2));
    String number = new BigInteger(1, compact).toString();
    String prefix = text.substring(0, tag.prefix().length() + 1); // the prefix and profile digit
    return prefix + "0".repeat(digits - number.length()) + number;
  }

  private static String counted(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  static String describe(ScanVerdict verdict) {
    StringBuilder s = new StringBuilder(verdict.status().toString());
    verdict
        .tagVerdict()
        .rejectionReason()
        .ifPresent(r -> s.append(" — ").append(r.code()).append(": ").append(r.explanation()));
    verdict.copyAssessment().ifPresent(copy -> {
      s.append(" (")
          .append(counted(copy.scansInWindow(), "scan"))
          .append(", ")
          .append(counted(copy.placesInWindow(), "place"))
          .append(" in ")
          .append(copy.window().toHours())
          .append(" h)");
      for (CopySignal signal : copy.signals()) {
        s.append("\n        rule ").append(signal.rule()).append(": ").append(signal.detailVi());
      }
    });
    return s.toString();
  }

  static String describe(ClaimOutcome outcome) {
    return outcome.code() + " — " + outcome.explanationVi();
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    return lines[lines.length - 1];
  }

  private void step(int number, String title) {
    log.println();
    log.println(number + ". " + title);
  }

  private void say(String format, Object... args) {
    log.println("   " + String.format(format, args));
  }

  private String relative(Path path) {
    return path.toString();
  }

  private char[] randomPassphrase() {
    // The demo's keys live only for this run's files; a random passphrase keeps them encrypted.
    char[] passphrase = new char[24];
    for (int i = 0; i < passphrase.length; i++) {
      passphrase[i] = (char) ('a' + random.nextInt(26));
    }
    return passphrase;
  }

  private void prepareOutputFolder() throws IOException {
    if (Files.exists(out)) {
      if (!Files.exists(out.resolve(MARKER))) {
        try (Stream<Path> entries = Files.list(out)) {
          if (entries.findAny().isPresent()) {
            throw new IllegalStateException(out + " exists and was not made by the demo: "
                + "choose another folder with --out");
          }
        }
      }
      try (Stream<Path> paths = Files.walk(out)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(out);
    Files.writeString(out.resolve(MARKER), "Made by the CraftMark demo; it empties this folder.\n");
  }
}
