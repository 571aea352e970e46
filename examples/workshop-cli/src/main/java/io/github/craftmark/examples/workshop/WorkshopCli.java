package io.github.craftmark.examples.workshop;

import io.github.craftmark.core.CraftMarkException;
import io.github.craftmark.core.compliance.ComplianceChecker;
import io.github.craftmark.core.compliance.ComplianceReport;
import io.github.craftmark.core.compliance.Finding;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.ocop.OcopCertificate;
import io.github.craftmark.core.producer.Producer;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.TagIssuer;
import io.github.craftmark.provenance.tag.TagVerdict;
import io.github.craftmark.provenance.tag.TagVerifier;
import io.github.craftmark.provenance.tag.VerifiedTag;
import io.github.craftmark.provenance.trust.AuthorityProfile;
import io.github.craftmark.provenance.trust.MemberCertificate;
import io.github.craftmark.provenance.trust.TrustList;
import io.github.craftmark.provenance.trust.TrustedBrand;
import io.github.craftmark.provenance.trust.VillageAuthority;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The workshop command line: what a village association or workshop runs to set up its authority,
 * enrol members, publish the trust list, check a catalogue, issue tags and print labels.
 *
 * <p>Keys are encrypted with the passphrase in the {@value #PASSPHRASE_ENV} environment variable
 * or the file named by {@code --passphrase-file}; it never appears in output. Exit codes: 0 done,
 * 1 a finding or a rejected tag, 2 bad input or a failure (the message says which).
 */
@Command(
    name = "workshop",
    mixinStandardHelpOptions = true,
    version = "CraftMark workshop 0.1.0-SNAPSHOT",
    description = "Village authority, members, trust lists, compliance, tags and label sheets.",
    subcommands = CommandLine.HelpCommand.class)
public final class WorkshopCli implements Callable<Integer> {
  /** The environment variable that holds the workspace passphrase. */
  public static final String PASSPHRASE_ENV = "CRAFTMARK_PASSPHRASE";

  @Spec
  private CommandSpec spec;

  private final Clock clock;
  private final SecureRandom random;
  private final Map<String, String> environment;

  /**
   * Makes the command with the system clock, a strong random source and the process environment.
   */
  public WorkshopCli() {
    this(Clock.systemUTC(), new SecureRandom(), System.getenv());
  }

  /**
   * Makes the command with its clock, randomness and environment given (for tests and embedding).
   *
   * @param clock today's date and the trust lists' issue time
   * @param random keys, serials and claim codes
   * @param environment where {@value #PASSPHRASE_ENV} is looked up
   */
  public WorkshopCli(Clock clock, SecureRandom random, Map<String, String> environment) {
    this.clock = clock;
    this.random = random;
    this.environment = Map.copyOf(environment);
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments; {@code --help} lists the commands
   */
  public static void main(String[] args) {
    System.exit(commandLine(new WorkshopCli()).execute(args));
  }

  /**
   * Builds the picocli command line with CraftMark's error handling: a clear one-line message and
   * exit code 2, never a stack trace, for bad input.
   *
   * @param cli the command object
   * @return the command line, ready to {@code execute}
   */
  public static CommandLine commandLine(WorkshopCli cli) {
    CommandLine line = new CommandLine(cli);
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof WorkshopException
          || e instanceof CatalogueException
          || e instanceof CraftMarkException
          || e instanceof UncheckedIOException) {
        cmd.getErr().println("error: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    return line;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  @Option(
      names = "--passphrase-file",
      description = "File holding the workspace passphrase (else $" + PASSPHRASE_ENV + ").",
      scope = CommandLine.ScopeType.INHERIT)
  private Path passphraseFile;

  @Command(
      name = "create-authority",
      description = "Create a village authority with a new root key.")
  int createAuthority(
      @Option(names = "--dir", required = true, description = "The authority's directory.")
          Path dir,
      @Option(
              names = "--id",
              required = true,
              description = "Authority id, e.g. battrang-association.")
          String id,
      @Option(names = "--name", required = true, description = "Its name.") String name,
      @Option(
              names = "--prefix",
              required = true,
              description = "Tag prefix, e.g. HTTPS://BATTRANG.VN/T/.")
          String prefix,
      @Option(
              names = "--brand",
              required = true,
              description = "A brand: CODE:BRAND-ID:NAME, e.g. 7:gom-bat-trang:Gốm sứ Bát Tràng.")
          List<String> brands) {
    List<TrustedBrand> table = new ArrayList<>();
    for (String brand : brands) {
      String[] parts = brand.split(":", 3);
      if (parts.length != 3) {
        throw new WorkshopException("--brand must be CODE:BRAND-ID:NAME: " + brand);
      }
      int code;
      try {
        code = Integer.parseInt(parts[0].strip());
      } catch (NumberFormatException e) {
        throw new WorkshopException("--brand code must be a number: " + parts[0]);
      }
      table.add(new TrustedBrand(code, BrandId.of(parts[1].strip()), parts[2].strip()));
    }
    AuthorityProfile profile = AuthorityProfile.of(id, name, prefix, table);
    Workspace.create(dir, profile, passphrase(), random);
    out()
        .printf(
            "Created authority %s (%s) in %s; verifiers pin %s%n",
            profile.name(), profile.id(), dir, dir.resolve(Workspace.ROOTS_FILE));
    return 0;
  }

  @Command(name = "enrol-member", description = "Give a member producer a tag key and certify it.")
  int enrolMember(
      @Option(names = "--dir", required = true, description = "The authority's directory.")
          Path dir,
      @Option(names = "--producer", required = true, description = "The member's producer id.")
          String producer,
      @Option(names = "--brand", required = true, description = "Brand codes it may use.")
          List<Integer> brandCodes,
      @Option(names = "--valid-from", description = "First day tags may be made (default: today).")
          LocalDate validFrom,
      @Option(
              names = "--valid-until",
              description = "Last day tags may be made (default: +3 years).")
          LocalDate validUntil) {
    Workspace workspace = Workspace.open(dir);
    char[] passphrase = passphrase();
    VillageAuthority authority = workspace.authority(passphrase);
    LocalDate from = validFrom != null ? validFrom : LocalDate.now(clock);
    LocalDate until = validUntil != null ? validUntil : from.plusYears(3);
    MemberCertificate certificate = workspace.enrol(
        authority, ProducerId.of(producer), brandCodes, from, until, passphrase, random);
    out()
        .printf(
            "Enrolled %s: key %s, brands %s, %s..%s. Publish the trust list next.%n",
            producer, certificate.keyId(), certificate.brandCodes(), from, until);
    return 0;
  }

  @Command(name = "publish-trust-list", description = "Sign the next trust list of all members.")
  int publishTrustList(
      @Option(names = "--dir", required = true, description = "The authority's directory.")
          Path dir) {
    Workspace workspace = Workspace.open(dir);
    VillageAuthority authority = workspace.authority(passphrase());
    workspace.publishTrustList(authority, clock);
    TrustList list = workspace.trustList(authority);
    out()
        .printf(
            "Published trust list %d with %d members, next update %s: %s%n",
            list.sequence(),
            list.members().size(),
            list.nextUpdate(),
            dir.resolve(Workspace.TRUST_LIST_FILE));
    return 0;
  }

  @Command(name = "check", description = "Check a catalogue's products for compliance findings.")
  int check(
      @Parameters(paramLabel = "CATALOGUE", description = "catalogue.json, or products.csv")
          Path file,
      @Option(
              names = "--producers",
              description = "catalogue.json with the producers of a CSV file")
          Path producers,
      @Option(names = "--date", description = "The day to check on (default: today).")
          LocalDate date) {
    Catalogue catalogue = readCatalogue(file, producers);
    LocalDate day = date != null ? date : LocalDate.now(clock);
    ComplianceChecker checker = ComplianceChecker.of(catalogue.complianceRules());
    int errors = 0;
    for (Product product : catalogue.products()) {
      Optional<Producer> producer = catalogue.producer(product.producer());
      if (producer.isEmpty()) {
        out()
            .printf(
                "%s  %s%n  ERROR   PRODUCER_UNKNOWN  no producer %s in the catalogue%n",
                product.id(), product.nameVi(), product.producer());
        errors++;
        continue;
      }
      ComplianceReport report = checker.check(product, producer.get(), day);
      out().printf("%s  %s%n", product.id(), product.nameVi());
      for (Finding finding : report.findings()) {
        out().printf("  %-7s %s  %s%n", finding.severity(), finding.code(), finding.messageVi());
      }
      if (report.hasErrors()) {
        errors++;
      }
    }
    out().printf("%d products checked, %d with errors%n", catalogue.products().size(), errors);
    return errors == 0 ? 0 : 1;
  }

  @Command(
      name = "sample-catalogue",
      description = "Write the sample Bát Tràng / Vạn Phúc catalogue.")
  int sampleCatalogue(
      @Option(names = "--out", required = true, description = "Where, e.g. catalogue.json.")
          Path out) {
    if (Files.exists(out)) {
      throw new WorkshopException(out + " already exists");
    }
    AtomicFiles.write(out, Catalogue.sampleJson().getBytes(StandardCharsets.UTF_8));
    out().printf("Wrote the sample catalogue to %s%n", out);
    return 0;
  }

  @Command(name = "issue", description = "Issue signed tags for a production batch.")
  int issue(
      @Option(names = "--dir", required = true, description = "The authority's directory.")
          Path dir,
      @Option(
              names = "--member",
              required = true,
              description = "The issuing member's producer id.")
          String member,
      @Option(names = "--catalogue", required = true, description = "catalogue.json")
          Path catalogueFile,
      @Option(names = "--product", required = true, description = "The product id.")
          String productId,
      @Option(names = "--batch", required = true, description = "The batch or lot, e.g. 2412.")
          String batch,
      @Option(names = "--count", required = true, description = "How many tags.") int count,
      @Option(names = "--claim-codes", description = "Give each item a claim code.")
          boolean claimCodes,
      @Option(names = "--date-made", description = "The day made (default: today).")
          LocalDate dateMade,
      @Option(names = "--out", required = true, description = "A new folder for the batch.")
          Path out) {
    Workspace workspace = Workspace.open(dir);
    Catalogue catalogue = Catalogue.readJson(catalogueFile);
    Product product = catalogue
        .product(ProductId.of(productId))
        .orElseThrow(
            () -> new WorkshopException("no product " + productId + " in " + catalogueFile));
    TagClaims prototype = prototype(
        workspace, catalogue, product, batch, dateMade != null ? dateMade : LocalDate.now(clock));
    TagIssuer issuer = workspace.issuer(ProducerId.of(member), passphrase());
    try (Progress progress = new Progress(spec.commandLine().getErr(), "Issuing tags", count)) {
      List<TagBatch.Item> items =
          TagBatch.issue(issuer, prototype, count, claimCodes, random, progress::update);
      TagBatch.write(out, items);
    }
    out()
        .printf(
            "Issued %d tags of %s (batch %s)%s into %s%n",
            count, product.nameVi(), batch, claimCodes ? " with claim codes" : "", out);
    return 0;
  }

  @Command(name = "labels", description = "Print a batch as A4 label sheets (PDF).")
  int labels(
      @Option(names = "--dir", required = true, description = "The authority's directory.")
          Path dir,
      @Option(names = "--batch", required = true, description = "The batch folder from 'issue'.")
          Path batchFolder,
      @Option(names = "--catalogue", required = true, description = "catalogue.json")
          Path catalogueFile,
      @Option(names = "--out", required = true, description = "The label sheet PDF.") Path pdf,
      @Option(names = "--claim-codes-out", description = "The claim-code sheet PDF.") Path codesPdf,
      @Option(names = "--module-mm", description = "QR module size in mm (default 0.5).")
          Double moduleMm) {
    Workspace workspace = Workspace.open(dir);
    Catalogue catalogue = Catalogue.readJson(catalogueFile);
    TagVerifier verifier = TagVerifier.builder()
        .trustStore(workspace.trustStore(clock))
        .clock(clock)
        .build();
    Map<String, String> codes = readClaimCodes(batchFolder.resolve(TagBatch.CLAIM_CODES_FILE));
    List<LabelSheet.Label> labels = new ArrayList<>();
    List<String> texts = TagBatch.readTagTexts(batchFolder.resolve(TagBatch.TAGS_FILE));
    for (int i = 0; i < texts.size(); i++) {
      // Only tags that verify now are printed: a label of a bad tag would be a fake of our own.
      TagVerdict verdict = verifier.verify(texts.get(i));
      if (!(verdict instanceof TagVerdict.Genuine genuine)) {
        throw new WorkshopException("tag " + (i + 1) + " of " + batchFolder + " does not verify: "
            + verdict.rejectionReason().orElseThrow().explanation());
      }
      VerifiedTag tag = genuine.tag();
      Product product = catalogue
          .productBySku(
              io.github.craftmark.core.id.Sku.of(tag.claims().product().text()))
          .orElse(null);
      String name = product != null ? product.nameVi() : tag.claims().product().text();
      OptionalInt stars =
          tag.claims().ocopStars().map(s -> OptionalInt.of(s.value())).orElse(OptionalInt.empty());
      labels.add(
          LabelSheet.Label.of(tag, name, stars, codes.get(tag.claims().serial().toString())));
    }
    LabelSheet sheet =
        moduleMm == null ? LabelSheet.standard() : LabelSheet.withModuleSize(moduleMm);
    if (codesPdf != null && codes.isEmpty()) {
      throw new WorkshopException("the batch has no claim codes: issue it with --claim-codes");
    }
    int pages = sheet.writeLabels(labels, pdf);
    out().printf("Wrote %d labels on %d pages to %s%n", labels.size(), pages, pdf);
    if (codesPdf != null) {
      int codePages = sheet.writeClaimCodes(labels, codesPdf);
      out()
          .printf(
              "Wrote %d claim codes on %d pages to %s (keep it apart from the labels)%n",
              labels.size(), codePages, codesPdf);
    }
    return 0;
  }

  @Command(name = "verify", description = "Verify a tag from its URL text or a photo of it.")
  int verify(
      @Option(names = "--dir", required = true, description = "The authority's directory.")
          Path dir,
      @Parameters(
              paramLabel = "TAG",
              description = "The tag's text, or an image file of its QR code.")
          String tag) {
    Workspace workspace = Workspace.open(dir);
    TagVerifier verifier = TagVerifier.builder()
        .trustStore(workspace.trustStore(clock))
        .clock(clock)
        .build();
    Path asFile = null;
    try {
      asFile = Path.of(tag);
    } catch (RuntimeException notAPath) {
      // A tag text is not always a valid path on this system; then it is a text.
    }
    TagVerdict verdict;
    if (asFile != null && Files.isRegularFile(asFile)) {
      try {
        verdict = verifier.verifyImage(Files.readAllBytes(asFile));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + asFile, e);
      }
    } else {
      // Copied from a CSV or a terminal, a tag text often brings a line end or spaces along.
      verdict = verifier.verify(tag.strip());
    }
    out().println(describe(verdict));
    return verdict.isGenuine() ? 0 : 1;
  }

  /**
   * Describes a verdict in a few lines for a terminal.
   *
   * @param verdict the verdict
   * @return the description
   */
  public static String describe(TagVerdict verdict) {
    if (verdict instanceof TagVerdict.Genuine genuine) {
      VerifiedTag tag = genuine.tag();
      TagClaims c = tag.claims();
      return "GENUINE: " + c.product().text() + ", batch " + c.batch() + ", made " + c.dateMade()
          + ", brand " + tag.brand().name() + ", by " + tag.member().producer()
          + " (certified by " + tag.authority().name() + ")"
          + c.ocopStars().map(s -> ", OCOP " + s.value() + "★").orElse("")
          + ", serial " + c.serial();
    }
    TagVerdict.Rejected rejected = (TagVerdict.Rejected) verdict;
    return "REJECTED (" + rejected.reason().code() + "): " + rejected.reason().explanation();
  }

  private TagClaims prototype(
      Workspace workspace, Catalogue catalogue, Product product, String batch, LocalDate dateMade) {
    BrandId brandId = product
        .brand()
        .orElseThrow(() -> new WorkshopException("product " + product.id() + " names no brand"));
    TrustedBrand brand = workspace.profile().brands().stream()
        .filter(b -> b.brandId().equals(brandId))
        .findFirst()
        .orElseThrow(() ->
            new WorkshopException("brand " + brandId + " is not in the authority's brand table"));
    TagClaims.Builder claims = TagClaims.builder()
        .serial(io.github.craftmark.provenance.tag.TagSerial.random(random))
        .sku(product.sku())
        .batch(batch)
        .dateMade(dateMade)
        .brandCode(brand.code())
        .category(product.category());
    Optional<OcopCertificate> certificate =
        product.ocopCertificate().flatMap(catalogue::certificate);
    if (certificate.isPresent() && certificate.get().isValidOn(dateMade)) {
      claims
          .ocopStars(certificate.get().stars())
          .ocopCertificate(certificate.get().certificateNumber());
    }
    return claims.build();
  }

  private static Map<String, String> readClaimCodes(Path file) {
    Map<String, String> codes = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return codes;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] parts = line.strip().split(",");
        if (parts.length == 2 && !parts[0].equals("serial")) {
          codes.put(parts[0], parts[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return codes;
  }

  private static Catalogue readCatalogue(Path file, Path producers) {
    Optional<Catalogue> base = Optional.ofNullable(producers).map(Catalogue::readJson);
    return Catalogue.read(file, base);
  }

  private char[] passphrase() {
    String value;
    if (passphraseFile != null) {
      try {
        value = Files.readString(passphraseFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new WorkshopException("cannot read the passphrase file " + passphraseFile);
      }
    } else {
      value = environment.get(PASSPHRASE_ENV);
    }
    if (value == null || value.isEmpty()) {
      throw new WorkshopException(
          "no passphrase: set " + PASSPHRASE_ENV + " or give --passphrase-file");
    }
    if (value.length() < 8) {
      throw new WorkshopException("the passphrase must have at least 8 characters");
    }
    return value.toCharArray();
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
