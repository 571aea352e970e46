package io.github.craftmark.examples.workshop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.key.TagPublicKey;
import io.github.craftmark.provenance.tag.TagIssuer;
import io.github.craftmark.provenance.tag.TagPrefix;
import io.github.craftmark.provenance.trust.AuthorityProfile;
import io.github.craftmark.provenance.trust.MemberCertificate;
import io.github.craftmark.provenance.trust.TrustList;
import io.github.craftmark.provenance.trust.TrustListBuilder;
import io.github.craftmark.provenance.trust.TrustStore;
import io.github.craftmark.provenance.trust.TrustedBrand;
import io.github.craftmark.provenance.trust.VillageAuthority;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A village authority's working directory: its profile, its root key (encrypted), its members'
 * keys and certificates, and the trust list it last published.
 *
 * <pre>
 * authority.json                 id, name, tag prefix, brand table, last trust-list sequence
 * authority-root.key.pem         the root key, encrypted PKCS#8 (never leaves this directory)
 * roots.pem                      the root public key, SPKI PEM: what verifiers pin
 * members/&lt;producer&gt;.key.pem    a member's tag key, encrypted (in real use the member keeps it)
 * members/&lt;producer&gt;.cert       the member's signed certificate
 * trust-list.cbor                the latest signed trust list: what verifiers load
 * </pre>
 *
 * <p>Every file is written to a temporary sibling first and moved into place, so a failed command
 * leaves the directory as it was.
 */
public final class Workspace {
  /** The profile file's name. */
  public static final String PROFILE_FILE = "authority.json";
  /** The root public key file's name, what verifiers pin. */
  public static final String ROOTS_FILE = "roots.pem";
  /** The published trust list's file name. */
  public static final String TRUST_LIST_FILE = "trust-list.cbor";

  private static final String ROOT_KEY_FILE = "authority-root.key.pem";
  private static final String MEMBERS_DIR = "members";
  private static final Pattern MEMBER_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path directory;

  private Workspace(Path directory) {
    this.directory = directory;
  }

  /**
   * Opens an existing workspace.
   *
   * @param directory the directory made by {@link #create}
   * @return the workspace
   * @throws WorkshopException when the directory holds no authority
   */
  public static Workspace open(Path directory) {
    if (!Files.isRegularFile(directory.resolve(PROFILE_FILE))) {
      throw new WorkshopException(
          "no village authority in " + directory + ": run 'authority create' first");
    }
    return new Workspace(directory);
  }

  /**
   * Creates a village authority in an empty (or new) directory: a fresh root key, encrypted with
   * the passphrase, and the profile.
   *
   * @param directory where; must not hold an authority already
   * @param profile the authority's id, name, tag prefix and brand table
   * @param passphrase encrypts the root key
   * @param random the key's randomness
   * @return the workspace
   */
  public static Workspace create(
      Path directory, AuthorityProfile profile, char[] passphrase, SecureRandom random) {
    if (Files.exists(directory.resolve(PROFILE_FILE))) {
      throw new WorkshopException("an authority already exists in " + directory);
    }
    TagKeyPair root = TagKeyPair.generate(SignatureAlgorithm.ED25519, random);
    Workspace workspace = new Workspace(directory);
    workspace.writeString(ROOT_KEY_FILE, root.toEncryptedPkcs8Pem(passphrase, random));
    workspace.writeString(ROOTS_FILE, root.publicKey().toSpkiPem());
    workspace.writeProfile(profile, 0);
    return workspace;
  }

  /**
   * Returns the directory.
   *
   * @return the directory
   */
  public Path directory() {
    return directory;
  }

  /**
   * Reads the authority's profile.
   *
   * @return the profile
   */
  public AuthorityProfile profile() {
    JsonNode node = readProfileNode();
    List<TrustedBrand> brands = new ArrayList<>();
    for (JsonNode brand : node.path("brands")) {
      brands.add(new TrustedBrand(
          brand.path("code").asInt(),
          BrandId.of(brand.path("brandId").asText()),
          brand.path("name").asText()));
    }
    return AuthorityProfile.of(
        node.path("id").asText(),
        node.path("name").asText(),
        node.path("prefix").asText(),
        brands);
  }

  /**
   * Returns the prefix the authority's tags carry.
   *
   * @return the prefix
   */
  public TagPrefix prefix() {
    return TagPrefix.of(profile().verifyPrefixes().get(0));
  }

  /**
   * Returns the root public key that verifiers pin.
   *
   * @return the root key
   */
  public TagPublicKey rootKey() {
    return TagPublicKey.fromSpkiPem(readString(ROOTS_FILE));
  }

  /**
   * Opens the authority with its root key.
   *
   * @param passphrase the root key's passphrase
   * @return the authority
   */
  public VillageAuthority authority(char[] passphrase) {
    TagKeyPair root = decrypt(readString(ROOT_KEY_FILE), passphrase, "the authority root key");
    return VillageAuthority.of(profile(), root);
  }

  /**
   * Enrols a member: a fresh tag key, encrypted, and its certificate signed by the authority.
   *
   * @param authority the opened authority
   * @param producer the member producer
   * @param brandCodes the brands it may sign tags of
   * @param validFrom the first day its tags may be made
   * @param validUntil the last day its tags may be made
   * @param memberPassphrase encrypts the member's key
   * @param random the key's randomness
   * @return the certificate
   */
  public MemberCertificate enrol(
      VillageAuthority authority,
      ProducerId producer,
      List<Integer> brandCodes,
      LocalDate validFrom,
      LocalDate validUntil,
      char[] memberPassphrase,
      SecureRandom random) {
    String name = memberName(producer);
    if (Files.exists(memberFile(name, ".cert"))) {
      throw new WorkshopException("member " + producer + " is already enrolled");
    }
    TagKeyPair key = TagKeyPair.generate(SignatureAlgorithm.ED25519, random);
    MemberCertificate certificate = authority.certifyMember(
        key.publicKey(), producer, brandCodes, List.of(), validFrom, validUntil);
    byte[] signed = authority.signCertificate(certificate);
    writeString(
        MEMBERS_DIR + "/" + name + ".key.pem", key.toEncryptedPkcs8Pem(memberPassphrase, random));
    writeBytes(MEMBERS_DIR + "/" + name + ".cert", signed);
    return certificate;
  }

  /**
   * Lists the enrolled members' certificates, checked against the authority's signature.
   *
   * @param authority the opened authority
   * @return the certificates, by file name
   */
  public List<MemberCertificate> members(VillageAuthority authority) {
    Path dir = directory.resolve(MEMBERS_DIR);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> certs = files
          .filter(p -> p.getFileName().toString().endsWith(".cert"))
          .sorted()
          .toList();
      List<MemberCertificate> members = new ArrayList<>();
      for (Path cert : certs) {
        members.add(authority.readCertificate(Files.readAllBytes(cert)));
      }
      return members;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the members in " + dir, e);
    }
  }

  /**
   * Signs and writes the next trust list: every enrolled member, the next sequence number.
   *
   * @param authority the opened authority
   * @param clock the issue time
   * @return the signed list, as written to {@value #TRUST_LIST_FILE}
   */
  public byte[] publishTrustList(VillageAuthority authority, Clock clock) {
    long sequence = readProfileNode().path("trustListSequence").asLong() + 1;
    TrustListBuilder builder = authority.trustList().sequence(sequence);
    for (MemberCertificate member : members(authority)) {
      builder.addMember(member);
    }
    byte[] signed = builder.publish(clock);
    writeBytes(TRUST_LIST_FILE, signed);
    writeProfile(profile(), sequence);
    return signed;
  }

  /**
   * Reads the last published trust list.
   *
   * @return its signed bytes
   */
  public byte[] trustListBytes() {
    Path file = directory.resolve(TRUST_LIST_FILE);
    if (!Files.isRegularFile(file)) {
      throw new WorkshopException("no trust list yet: run 'trust-list publish' first");
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Makes a trust store that pins this authority's root and holds its last trust list.
   *
   * @param clock the time the list is checked at
   * @return the store
   */
  public TrustStore trustStore(Clock clock) {
    TrustStore store = TrustStore.pinning(List.of(rootKey()));
    store.update(trustListBytes(), clock.instant());
    return store;
  }

  /**
   * Reads the published trust list, checked with the root key.
   *
   * @param authority the opened authority
   * @return the list
   */
  public TrustList trustList(VillageAuthority authority) {
    return authority.readTrustList(trustListBytes());
  }

  /**
   * Opens a member's tag issuer.
   *
   * @param producer the member
   * @param passphrase the member key's passphrase
   * @return an issuer that signs with the member's key and the authority's prefix
   */
  public TagIssuer issuer(ProducerId producer, char[] passphrase) {
    Path keyFile = memberFile(memberName(producer), ".key.pem");
    if (!Files.isRegularFile(keyFile)) {
      throw new WorkshopException("member " + producer + " is not enrolled: run 'member enrol'");
    }
    TagKeyPair key = decrypt(
        readString(directory.relativize(keyFile).toString()),
        passphrase,
        "the key of member " + producer);
    return TagIssuer.builder().signer(key).prefix(prefix()).build();
  }

  private static TagKeyPair decrypt(String pem, char[] passphrase, String what) {
    try {
      return TagKeyPair.fromEncryptedPkcs8Pem(pem, passphrase);
    } catch (RuntimeException e) {
      // The SDK's message names no secret; ours adds what the key is for.
      throw new WorkshopException("cannot open " + what + ": wrong passphrase or damaged file", e);
    }
  }

  private static String memberName(ProducerId producer) {
    String name = producer.value();
    if (!MEMBER_NAME.matcher(name).matches()) {
      throw new WorkshopException(
          "producer id must be 1..64 lower-case letters, digits and '-' to name a member file: "
              + name);
    }
    return name;
  }

  private Path memberFile(String name, String suffix) {
    return directory.resolve(MEMBERS_DIR).resolve(name + suffix);
  }

  private JsonNode readProfileNode() {
    try {
      return JSON.readTree(directory.resolve(PROFILE_FILE).toFile());
    } catch (IOException e) {
      throw new WorkshopException("cannot read " + directory.resolve(PROFILE_FILE), e);
    }
  }

  private void writeProfile(AuthorityProfile profile, long trustListSequence) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", profile.id());
    node.put("name", profile.name());
    node.put("prefix", profile.verifyPrefixes().get(0));
    ArrayNode brands = node.putArray("brands");
    for (TrustedBrand brand : profile.brands()) {
      brands
          .addObject()
          .put("code", brand.code())
          .put("brandId", brand.brandId().value())
          .put("name", brand.name());
    }
    node.put("trustListSequence", trustListSequence);
    try {
      writeString(
          PROFILE_FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String readString(String name) {
    try {
      return Files.readString(directory.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WorkshopException("cannot read " + directory.resolve(name), e);
    }
  }

  private void writeString(String name, String text) {
    writeBytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private void writeBytes(String name, byte[] bytes) {
    AtomicFiles.write(directory.resolve(name), bytes);
  }
}
