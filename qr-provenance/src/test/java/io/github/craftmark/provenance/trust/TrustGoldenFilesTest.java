package io.github.craftmark.provenance.trust;

import static io.github.craftmark.provenance.trust.TrustFixtures.BAT_TRANG;
import static io.github.craftmark.provenance.trust.TrustFixtures.BAT_TRANG_PROFILE;
import static io.github.craftmark.provenance.trust.TrustFixtures.BAT_TRANG_ROOT;
import static io.github.craftmark.provenance.trust.TrustFixtures.CLOCK;
import static io.github.craftmark.provenance.trust.TrustFixtures.ES256_MEMBER_KEY;
import static io.github.craftmark.provenance.trust.TrustFixtures.ES256_ROOT;
import static io.github.craftmark.provenance.trust.TrustFixtures.FROM;
import static io.github.craftmark.provenance.trust.TrustFixtures.MINH_LONG_KEY;
import static io.github.craftmark.provenance.trust.TrustFixtures.NOW;
import static io.github.craftmark.provenance.trust.TrustFixtures.UNTIL;
import static io.github.craftmark.provenance.trust.TrustFixtures.VAN_PHUC_ROOT;
import static io.github.craftmark.provenance.trust.TrustFixtures.minhLong;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.provenance.key.TagPublicKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the wire format: every file under {@code src/test/resources/trust/} is what the code writes
 * today, byte for byte, and reads back to the same values. Run with {@code
 * -Dcraftmark.golden.write=true} to write the files after a deliberate format change.
 */
class TrustGoldenFilesTest {
  private static final VillageAuthority ES256_AUTHORITY =
      VillageAuthority.of(BAT_TRANG_PROFILE, ES256_ROOT);

  private static MemberCertificate es256Member() {
    return ES256_AUTHORITY.certifyMember(
        ES256_MEMBER_KEY.publicKey(),
        ProducerId.of("xuong-gom-es256"),
        List.of(1),
        List.of("ceramics", "lacquer"),
        FROM,
        UNTIL);
  }

  private static byte[] batTrangList3() {
    AuthorityProfile twoPrefixes = new AuthorityProfile(
        BAT_TRANG_PROFILE.id(),
        BAT_TRANG_PROFILE.name(),
        List.of("HTTPS://BATTRANG.VN/T/", "HTTPS://GOMBATTRANG.VN/XAC-THUC/"),
        BAT_TRANG_PROFILE.brands());
    VillageAuthority authority = BAT_TRANG.withProfile(twoPrefixes);
    MemberCertificate minhLong = authority.certifyMember(
        MINH_LONG_KEY.publicKey(),
        TrustFixtures.MINH_LONG,
        List.of(1, 2),
        List.of("ceramics"),
        FROM,
        UNTIL);
    MemberCertificate hoaSen = authority.certifyMember(
        TrustFixtures.HOA_SEN_KEY.publicKey(),
        ProducerId.of("xuong-gom-hoa-sen"),
        List.of(1),
        List.of(),
        FROM,
        UNTIL);
    return authority
        .trustList()
        .sequence(3)
        .addMember(minhLong)
        .addMember(hoaSen)
        .revokeMember(TrustFixtures.HOA_SEN_KEY.keyId(), Instant.parse("2025-02-27T10:30:00Z"))
        .revokeTag(MINH_LONG_KEY.keyId(), HexFormat.of().parseHex("00112233445566778899"))
        .revokeTag(MINH_LONG_KEY.keyId(), HexFormat.of().parseHex("99887766554433221100"))
        .publish(CLOCK);
  }

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of(
            "member-minh-long",
            "Bát Tràng (Ed25519 root) certifies Minh Long's Ed25519 key: brands 1 and 2, ceramics only,"
                + " 2025-01-01..2027-12-31.",
            (Supplier<byte[]>) () -> BAT_TRANG.signCertificate(minhLong())),
        Arguments.of(
            "member-es256",
            "An ES256 root of Bát Tràng certifies an ES256 member key: brand 1, ceramics and lacquer,"
                + " 2025-01-01..2027-12-31.",
            (Supplier<byte[]>) () -> ES256_AUTHORITY.signCertificate(es256Member())),
        Arguments.of(
            "battrang-list-3",
            "Bát Tràng list 3 issued 2025-03-01T08:00:00Z, next update 2025-03-08T08:00:00Z, two verify"
                + " prefixes, brands 1 and 2, members Minh Long and Hoa Sen, Hoa Sen's key revoked at"
                + " 2025-02-27T10:30:00Z, two of Minh Long's tags revoked (serials 00112233445566778899"
                + " and 99887766554433221100).",
            (Supplier<byte[]>) TrustGoldenFilesTest::batTrangList3),
        Arguments.of(
            "vanphuc-list-1",
            "Vạn Phúc list 1 with member Hoa Sen (any category), no revocations.",
            (Supplier<byte[]>) () -> TrustFixtures.vanPhucList(1)),
        Arguments.of(
            "es256-list-1",
            "A Bát Tràng list signed by an ES256 root, with one ES256 member.",
            (Supplier<byte[]>)
                () -> ES256_AUTHORITY.trustList().addMember(es256Member()).publish(CLOCK)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void goldenFile_isWhatTheCodeWritesAndReadsBack(
      String name, String description, Supplier<byte[]> make) throws IOException {
    byte[] made = make.get();
    if (Boolean.getBoolean("craftmark.golden.write")) {
      Path directory = Path.of("src/test/resources/trust");
      Files.write(directory.resolve(name + ".cose"), made);
      Files.writeString(
          directory.resolve(name + ".txt"),
          description + "\n\n" + HexFormat.of().formatHex(made) + "\n",
          StandardCharsets.UTF_8);
    }
    byte[] golden = resource("/trust/" + name + ".cose");

    assertThat(made).as(name).isEqualTo(golden);
    assertThat(new String(resource("/trust/" + name + ".txt"), StandardCharsets.UTF_8))
        .startsWith(description)
        .contains(HexFormat.of().formatHex(golden));
    if (name.startsWith("member-")) {
      VillageAuthority signer = name.equals("member-es256") ? ES256_AUTHORITY : BAT_TRANG;
      assertThat(signer.readCertificate(golden))
          .isEqualTo(name.equals("member-es256") ? es256Member() : minhLong());
    } else {
      List<TagPublicKey> roots =
          List.of(BAT_TRANG_ROOT.publicKey(), VAN_PHUC_ROOT.publicKey(), ES256_ROOT.publicKey());
      TrustStore store = TrustStore.pinning(roots);
      assertThat(store.update(golden, NOW).isAccepted()).as(name).isTrue();
    }
  }

  @Test
  void batTrangList3_decodesToTheValuesItWasMadeFrom() throws IOException {
    TrustStore store = TrustStore.pinning(List.of(BAT_TRANG_ROOT.publicKey()));
    TrustList list = ((TrustListUpdate.Accepted)
            store.update(resource("/trust/battrang-list-3.cose"), NOW))
        .trustList();

    assertThat(list.sequence()).isEqualTo(3);
    assertThat(list.issuedAt()).isEqualTo(Instant.parse("2025-03-01T08:00:00Z"));
    assertThat(list.nextUpdate()).isEqualTo(Instant.parse("2025-03-08T08:00:00Z"));
    assertThat(list.authority().verifyPrefixes())
        .containsExactly("HTTPS://BATTRANG.VN/T/", "HTTPS://GOMBATTRANG.VN/XAC-THUC/");
    assertThat(list.authority().name()).isEqualTo("Hiệp hội Gốm sứ Bát Tràng");
    assertThat(list.members())
        .extracting(m -> m.producer().value())
        .containsExactly("xuong-gom-minh-long", "xuong-gom-hoa-sen");
    assertThat(list.revokedMembers())
        .singleElement()
        .isEqualTo(new MemberRevocation(
            TrustFixtures.HOA_SEN_KEY.keyId(), Instant.parse("2025-02-27T10:30:00Z")));
    assertThat(store
            .snapshot()
            .isTagRevoked(MINH_LONG_KEY.keyId(), HexFormat.of().parseHex("00112233445566778899")))
        .isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "battrang-list-3, battrang-root, Ed25519, CraftMark trust list v1",
    "es256-list-1, es256-root, SHA256withECDSAinP1363Format, CraftMark trust list v1",
    "member-minh-long, battrang-root, Ed25519, CraftMark member certificate v1",
    "member-es256, es256-root, SHA256withECDSAinP1363Format, CraftMark member certificate v1"
  })
  void goldenFile_signatureVerifiesWithTheJdkOverAHandBuiltSigStructure(
      String name, String root, String jdkAlgorithm, String context) throws Exception {
    byte[] file = resource("/trust/" + name + ".cose");
    // Taken apart by hand, not by our COSE code: d2 84 4d <13-byte protected header> a0
    // <payload bstr> 58 40 <64-byte signature>.
    assertThat(Arrays.copyOf(file, 3)).containsExactly(0xd2, 0x84, 0x4d);
    byte[] protectedHeader = Arrays.copyOfRange(file, 3, 16);
    assertThat(file[16]).isEqualTo((byte) 0xa0);
    int at = 17;
    int length;
    if ((file[at] & 0xff) == 0x58) {
      length = file[at + 1] & 0xff;
      at += 2;
    } else {
      assertThat(file[at] & 0xff).isEqualTo(0x59);
      length = ((file[at + 1] & 0xff) << 8) | (file[at + 2] & 0xff);
      at += 3;
    }
    byte[] payload = Arrays.copyOfRange(file, at, at + length);
    at += length;
    assertThat(new byte[] {file[at], file[at + 1]}).containsExactly(0x58, 0x40);
    byte[] signature = Arrays.copyOfRange(file, at + 2, at + 66);
    assertThat(at + 66).isEqualTo(file.length);
    ByteArrayOutputStream sigStructure = new ByteArrayOutputStream();
    sigStructure.write(0x84);
    sigStructure.write(0x6a);
    sigStructure.write("Signature1".getBytes(StandardCharsets.US_ASCII));
    writeBytes(sigStructure, protectedHeader);
    writeBytes(sigStructure, context.getBytes(StandardCharsets.US_ASCII));
    writeBytes(sigStructure, payload);

    Signature jdk = Signature.getInstance(jdkAlgorithm);
    jdk.initVerify(KeyFactory.getInstance(jdkAlgorithm.equals("Ed25519") ? "Ed25519" : "EC")
        .generatePublic(
            new X509EncodedKeySpec(TrustFixtures.key(root).publicKey().toSpkiDer())));
    jdk.update(sigStructure.toByteArray());

    assertThat(jdk.verify(signature)).isTrue();
  }

  private static void writeBytes(ByteArrayOutputStream out, byte[] bytes) {
    if (bytes.length < 24) {
      out.write(0x40 + bytes.length);
    } else if (bytes.length < 256) {
      out.write(0x58);
      out.write(bytes.length);
    } else {
      out.write(0x59);
      out.write(bytes.length >>> 8);
      out.write(bytes.length & 0xff);
    }
    out.writeBytes(bytes);
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = TrustGoldenFilesTest.class.getResourceAsStream(path)) {
      assertThat(in).as("test resource " + path).isNotNull();
      return in.readAllBytes();
    }
  }
}
