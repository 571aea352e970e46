package io.github.craftmark.provenance.testing;

import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.key.TagPublicKey;
import io.github.craftmark.provenance.tag.ClaimCommitment;
import io.github.craftmark.provenance.tag.IssuedTag;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.TagIssuer;
import io.github.craftmark.provenance.tag.TagPrefix;
import io.github.craftmark.provenance.tag.TagSerial;
import io.github.craftmark.provenance.tag.TagVerifier;
import io.github.craftmark.provenance.trust.AuthorityProfile;
import io.github.craftmark.provenance.trust.MemberCertificate;
import io.github.craftmark.provenance.trust.TrustListBuilder;
import io.github.craftmark.provenance.trust.TrustListUpdate;
import io.github.craftmark.provenance.trust.TrustStore;
import io.github.craftmark.provenance.trust.TrustedBrand;
import io.github.craftmark.provenance.trust.VillageAuthority;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The test fixtures of the whole module, in one place: bytes, fixed keys, tag claims, and two
 * village authorities with their members, signed trust lists, a trust store, an issuer and a
 * verifier, so that a test builds a genuine tag in a line.
 *
 * <p>Keys come from the RFCs' test vectors (so that tags in tests and docs are reproducible) or
 * from a name hashed into a seed; they are test keys, public on purpose. Ids, names, producers and
 * official numbers are EXAMPLE data. The trust tests' golden files have their own keys and lists
 * (the trust package's {@code TrustFixtures}), loaded with {@link #resourceKey(String)}.
 */
public final class ProvenanceFixtures {
  private ProvenanceFixtures() {}

  // ---- Bytes ----

  private static final HexFormat HEX = HexFormat.of();

  /**
   * Parses hex, either case; spaces are ignored so that expected encodings can be grouped.
   *
   * @param text hex digits, e.g. {@code "a2 01 27"}
   * @return the bytes
   */
  public static byte[] hex(String text) {
    return HEX.parseHex(text.replace(" ", ""));
  }

  /**
   * Formats bytes as lower-case hex.
   *
   * @param bytes the bytes
   * @return the hex digits
   */
  public static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  /**
   * Returns a random source that gives the same bytes for the same seed, for keys and salts that
   * tests must reproduce: SHA1PRNG seeded before its first use draws only from the seed.
   *
   * @param seed the seed
   * @return the random source
   */
  public static SecureRandom seededRandom(long seed) {
    SecureRandom random;
    try {
      random = SecureRandom.getInstance("SHA1PRNG");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
    random.setSeed(seed);
    return random;
  }

  /**
   * A task that one of several threads runs.
   *
   * @param <T> what it returns, e.g. a count of right answers
   */
  @FunctionalInterface
  public interface ThreadTask<T> {
    /**
     * Runs the task.
     *
     * @param thread the thread's number, 0..threads-1
     * @return the result
     * @throws Exception when the task fails
     */
    T run(int thread) throws Exception;
  }

  /**
   * Runs {@code task} on {@code threads} threads released at the same moment, for concurrency
   * claims: returns what each thread returned, in thread order, and fails the test when a thread
   * throws or they take more than two minutes.
   *
   * @param threads how many threads
   * @param task what each thread runs
   * @param <T> what a thread returns
   * @return each thread's result
   * @throws Exception when a thread failed
   */
  public static <T> List<T> onThreadsAtOnce(int threads, ThreadTask<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>(threads);
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          return task.run(thread);
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>(threads);
      for (Future<T> future : futures) {
        results.add(future.get(2, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- Keys ----

  /** RFC 8032 § 7.1 TEST 1 secret key, also the key of RFC 8037 Appendix A. */
  public static final String RFC8032_1_SECRET =
      "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

  /** RFC 8032 § 7.1 TEST 1 public key. */
  public static final String RFC8032_1_PUBLIC =
      "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

  /** RFC 8032 § 7.1 TEST 2 secret key. */
  public static final String RFC8032_2_SECRET =
      "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";

  /** RFC 6979 A.2.5: the P-256 private key x. */
  public static final String RFC6979_X =
      "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721";

  /** RFC 6979 A.2.5: the public key's x coordinate Ux. */
  public static final String RFC6979_UX =
      "60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6";

  /** RFC 6979 A.2.5: the public key's y coordinate Uy. */
  public static final String RFC6979_UY =
      "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299";

  /**
   * Wraps DER in a PEM block, as OpenSSL and the JDK's MIME encoder write it.
   *
   * @param label e.g. {@code "PRIVATE KEY"}
   * @param der the DER bytes
   * @return the PEM text
   */
  public static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n"
        + Base64.getMimeEncoder().encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }

  /**
   * Returns RFC 8410 § 7 PKCS#8 v1 PEM of an Ed25519 seed.
   *
   * @param seedHex the 32-byte seed in hex
   * @return the PEM text
   */
  public static String ed25519Pkcs8Pem(String seedHex) {
    return pem("PRIVATE KEY", hex("302e020100300506032b657004220420" + seedHex));
  }

  /**
   * Returns RFC 8410 § 4 SubjectPublicKeyInfo DER of a raw Ed25519 public key.
   *
   * @param publicHex the 32-byte public key in hex
   * @return the DER bytes
   */
  public static byte[] ed25519Spki(String publicHex) {
    return hex("302a300506032b6570032100" + publicHex);
  }

  /**
   * Returns PKCS#8 PEM of a P-256 private key as the JDK encodes it (no public key inside).
   *
   * @param dHex the private scalar in hex
   * @return the PEM text
   */
  public static String p256Pkcs8Pem(String dHex) {
    try {
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec("secp256r1"));
      ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
      byte[] der = KeyFactory.getInstance("EC")
          .generatePrivate(new ECPrivateKeySpec(new BigInteger(dHex, 16), spec))
          .getEncoded();
      return pem("PRIVATE KEY", der);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Returns the Ed25519 key of RFC 8032 § 7.1 TEST 1: the key of the format document's worked
   * example.
   *
   * @return the key pair
   */
  public static TagKeyPair ed25519Rfc8032() {
    return TagKeyPair.fromPkcs8Pem(ed25519Pkcs8Pem(RFC8032_1_SECRET));
  }

  /**
   * Returns a second Ed25519 key: that of RFC 8032 § 7.1 TEST 2.
   *
   * @return the key pair
   */
  public static TagKeyPair otherEd25519Rfc8032() {
    return TagKeyPair.fromPkcs8Pem(ed25519Pkcs8Pem(RFC8032_2_SECRET));
  }

  /**
   * Returns the P-256 key of RFC 6979 § A.2.5.
   *
   * @return the key pair
   */
  public static TagKeyPair p256Rfc6979() {
    return TagKeyPair.fromPkcs8Pem(p256Pkcs8Pem(RFC6979_X));
  }

  /**
   * Returns an Ed25519 key whose seed is SHA-256 of {@code name}: a test key, one per name.
   *
   * @param name what the key is for, e.g. {@code "EXAMPLE Bát Tràng root"}
   * @return the key pair
   */
  public static TagKeyPair ed25519Named(String name) {
    try {
      byte[] seed =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return TagKeyPair.fromPkcs8Pem(ed25519Pkcs8Pem(hex(seed)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Loads one of the test keys under the test resources' {@code trust/keys/}.
   *
   * @param name the file name without {@code .pem}, e.g. {@code "battrang-root"}
   * @return the key pair
   */
  public static TagKeyPair resourceKey(String name) {
    String path = "/trust/keys/" + name + ".pem";
    try (InputStream in = ProvenanceFixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return TagKeyPair.fromPkcs8Pem(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- Tag claims ----

  /** The verify prefix of the Bát Tràng authority. */
  public static final TagPrefix PREFIX = TagPrefix.of("HTTPS://BATTRANG.VN/T/");

  /** The serial of the sample claims: 10 bytes, {@code 4Z8DK2X0V6QGX6SB}. */
  public static final TagSerial SERIAL = TagSerial.of(hex("27d0d98ba0d9af0e9b2b"));

  /**
   * Returns the claims of the issue's default tag: a 10-byte serial, a 12-character SKU, batch
   * 240, brand code 7.
   *
   * @return a Bát Tràng vase's claims
   */
  public static TagClaims vase() {
    return TagClaims.builder()
        .serial(SERIAL)
        .sku(Sku.of("BT-VASE-0042"))
        .batch("240")
        .dateMade(LocalDate.of(2025, 7, 1))
        .brandCode(7)
        .build();
  }

  /**
   * Returns claims with every optional claim present; the GTIN and OCOP reference are EXAMPLE
   * data.
   *
   * @return the claims
   */
  public static TagClaims everyClaim() {
    return TagClaims.builder()
        .serial(SERIAL)
        .gtin(Gtin.of("8934602001122")) // EXAMPLE GTIN under the GS1 Vietnam prefix
        .batch("L-2025-07")
        .dateMade(LocalDate.of(2025, 7, 1))
        .brandCode(300)
        .ocopStars(StarRating.FOUR)
        .ocopCertificate("EXAMPLE 123/QĐ-UBND")
        .claimCommitment(ClaimCommitment.compute(SERIAL, "XK4P-9QRT"))
        .category(CraftCategory.CERAMICS)
        .build();
  }

  // ---- Two villages, their members, lists, a store, an issuer and a verifier ----

  /** When the lists are issued; they are fresh for 7 days. */
  public static final Instant ISSUED = Instant.parse("2025-07-01T00:00:00Z");

  /** A clock stopped at {@link #ISSUED}. */
  public static final Clock ISSUE_CLOCK = Clock.fixed(ISSUED, ZoneOffset.UTC);

  /** A day after the lists were issued. */
  public static final Clock NOW = Clock.fixed(ISSUED.plus(Duration.ofDays(1)), ZoneOffset.UTC);

  /** Eight days after: the lists are stale. */
  public static final Clock LATER = Clock.fixed(ISSUED.plus(Duration.ofDays(8)), ZoneOffset.UTC);

  /** The Bát Tràng root. */
  public static final TagKeyPair BAT_TRANG_ROOT = ed25519Named("EXAMPLE Bát Tràng root");

  /** The Vạn Phúc root. */
  public static final TagKeyPair VAN_PHUC_ROOT = ed25519Named("EXAMPLE Vạn Phúc root");

  /** Minh Long's key: Ed25519, the RFC 8032 key of the worked example. */
  public static final TagKeyPair MINH_LONG_KEY = ed25519Rfc8032();

  /** Hoa Sen's key: ES256. */
  public static final TagKeyPair HOA_SEN_KEY = p256Rfc6979();

  /** A Vạn Phúc silk member's key. */
  public static final TagKeyPair SILK_KEY = ed25519Named("EXAMPLE Vạn Phúc member");

  /** Bát Tràng's brand 7. */
  public static final TrustedBrand GOM_BAT_TRANG =
      new TrustedBrand(7, BrandId.of("gom-bat-trang"), "Gốm sứ Bát Tràng");

  /** Bát Tràng's brand 8. */
  public static final TrustedBrand MEN_RAN =
      new TrustedBrand(8, BrandId.of("men-ran-bat-trang"), "Men rạn Bát Tràng");

  /** Vạn Phúc's brand 1. */
  public static final TrustedBrand LUA_VAN_PHUC =
      new TrustedBrand(1, BrandId.of("lua-van-phuc"), "Lụa Vạn Phúc");

  /** The Bát Tràng association: brands 7 and 8, prefix {@link #PREFIX}. */
  public static final VillageAuthority BAT_TRANG = VillageAuthority.of(
      AuthorityProfile.of(
          "battrang-association",
          "Hiệp hội Gốm sứ Bát Tràng",
          PREFIX.value(),
          List.of(GOM_BAT_TRANG, MEN_RAN)),
      BAT_TRANG_ROOT);

  /** The Vạn Phúc cooperative: brand 1. */
  public static final VillageAuthority VAN_PHUC = VillageAuthority.of(
      AuthorityProfile.of(
          "vanphuc-cooperative",
          "Hợp tác xã Lụa Vạn Phúc",
          "HTTPS://VANPHUC.VN/T/",
          List.of(LUA_VAN_PHUC)),
      VAN_PHUC_ROOT);

  /** The first day of every member's certificate. */
  public static final LocalDate FROM = LocalDate.of(2025, 1, 1);

  /** The last day of every member's certificate. */
  public static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

  /** Minh Long: Ed25519, brand 7, any category. */
  public static final MemberCertificate MINH_LONG = BAT_TRANG.certifyMember(
      MINH_LONG_KEY.publicKey(),
      ProducerId.of("xuong-gom-minh-long"),
      List.of(7),
      List.of(),
      FROM,
      UNTIL);

  /** Hoa Sen: ES256, brands 7 and 8, ceramics only. */
  public static final MemberCertificate HOA_SEN = BAT_TRANG.certifyMember(
      HOA_SEN_KEY.publicKey(),
      ProducerId.of("gom-hoa-sen"),
      List.of(7, 8),
      List.of("ceramics"),
      FROM,
      UNTIL);

  /** A Vạn Phúc silk member, brand 1. */
  public static final MemberCertificate SILK = VAN_PHUC.certifyMember(
      SILK_KEY.publicKey(), ProducerId.of("lua-ha-dong"), List.of(1), List.of(), FROM, UNTIL);

  /**
   * Returns the Bát Tràng list with Minh Long and Hoa Sen, issued at {@link #ISSUED}.
   *
   * @param sequence the list's sequence
   * @param edit changes to the list, e.g. a revocation
   * @return the signed list
   */
  public static byte[] batTrangList(long sequence, UnaryOperator<TrustListBuilder> edit) {
    TrustListBuilder builder =
        BAT_TRANG.trustList().sequence(sequence).addMember(MINH_LONG).addMember(HOA_SEN);
    return edit.apply(builder).publish(ISSUE_CLOCK);
  }

  /**
   * Returns the Vạn Phúc list with its silk member, sequence 1, issued at {@link #ISSUED}.
   *
   * @return the signed list
   */
  public static byte[] vanPhucList() {
    return VAN_PHUC.trustList().sequence(1).addMember(SILK).publish(ISSUE_CLOCK);
  }

  /**
   * Returns a store pinning both roots, holding both authorities' first lists.
   *
   * @return the store
   */
  public static TrustStore store() {
    return storeAccepting(
        List.of(BAT_TRANG_ROOT.publicKey(), VAN_PHUC_ROOT.publicKey()),
        batTrangList(1, b -> b),
        vanPhucList());
  }

  /**
   * Returns a store pinning {@code roots} that has accepted {@code lists}, an hour after {@link
   * #ISSUED}; fails the test when one is refused.
   *
   * @param roots the authority roots to pin
   * @param lists the signed lists to accept, in order
   * @return the store
   */
  public static TrustStore storeAccepting(List<TagPublicKey> roots, byte[]... lists) {
    TrustStore store = TrustStore.pinning(roots);
    for (byte[] list : lists) {
      accept(store, list);
    }
    return store;
  }

  /**
   * Gives a store a list, an hour after {@link #ISSUED}; fails the test when it is refused.
   *
   * @param store the store
   * @param list the signed list
   */
  public static void accept(TrustStore store, byte[] list) {
    TrustListUpdate update = store.update(list, ISSUED.plus(Duration.ofHours(1)));
    if (!update.isAccepted()) {
      throw new AssertionError("list not accepted: " + update);
    }
  }

  /**
   * Returns a verifier of {@code store} at {@link #NOW}.
   *
   * @param store the trust store
   * @return the verifier
   */
  public static TagVerifier verifier(TrustStore store) {
    return TagVerifier.builder().trustStore(store).clock(NOW).build();
  }

  /**
   * Returns an issuer signing with {@code key} under {@link #PREFIX}.
   *
   * @param key the member's key
   * @return the issuer
   */
  public static TagIssuer issuer(TagKeyPair key) {
    return TagIssuer.builder().signer(key).prefix(PREFIX).build();
  }

  /**
   * Returns Minh Long's vase tag, genuine against {@link #store()}.
   *
   * @return the tag
   */
  public static IssuedTag minhLongVase() {
    return issuer(MINH_LONG_KEY).issue(vase());
  }
}
