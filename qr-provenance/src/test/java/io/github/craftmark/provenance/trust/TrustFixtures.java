package io.github.craftmark.provenance.trust;

import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.key.TagPublicKey;
import io.github.craftmark.provenance.key.TagSigner;
import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Fixed keys, authorities and clocks for the trust tests. The keys are test keys made for these
 * tests only (test resources {@code trust/keys/}); the ids and names are EXAMPLE data.
 */
public final class TrustFixtures {
  private TrustFixtures() {}

  /** 2025-03-01T08:00:00Z, when the fixtures' lists are issued. */
  public static final Instant ISSUED = Instant.parse("2025-03-01T08:00:00Z");

  /** A clock stopped at {@link #ISSUED}. */
  public static final Clock CLOCK = Clock.fixed(ISSUED, ZoneOffset.UTC);

  /** An hour after {@link #ISSUED}: every fixture list is fresh. */
  public static final Instant NOW = ISSUED.plus(Duration.ofHours(1));

  public static final TagKeyPair BAT_TRANG_ROOT = key("battrang-root");
  public static final TagKeyPair VAN_PHUC_ROOT = key("vanphuc-root");
  public static final TagKeyPair ES256_ROOT = key("es256-root");
  public static final TagKeyPair MINH_LONG_KEY = key("member-minh-long");
  public static final TagKeyPair HOA_SEN_KEY = key("member-hoa-sen");
  public static final TagKeyPair ES256_MEMBER_KEY = key("member-es256");

  public static final TrustedBrand GOM_BAT_TRANG =
      new TrustedBrand(1, BrandId.of("gom-bat-trang"), "Gốm sứ Bát Tràng");
  public static final TrustedBrand MEN_RAN =
      new TrustedBrand(2, BrandId.of("men-ran-bat-trang"), "Men rạn Bát Tràng");
  public static final TrustedBrand LUA_VAN_PHUC =
      new TrustedBrand(1, BrandId.of("lua-van-phuc"), "Lụa Vạn Phúc");

  public static final AuthorityProfile BAT_TRANG_PROFILE = AuthorityProfile.of(
      "battrang-association",
      "Hiệp hội Gốm sứ Bát Tràng",
      "HTTPS://BATTRANG.VN/T/",
      List.of(GOM_BAT_TRANG, MEN_RAN));

  public static final AuthorityProfile VAN_PHUC_PROFILE = AuthorityProfile.of(
      "vanphuc-cooperative",
      "Hợp tác xã Lụa Vạn Phúc",
      "HTTPS://VANPHUC.VN/T/",
      List.of(LUA_VAN_PHUC));

  public static final VillageAuthority BAT_TRANG =
      VillageAuthority.of(BAT_TRANG_PROFILE, BAT_TRANG_ROOT);
  public static final VillageAuthority VAN_PHUC =
      VillageAuthority.of(VAN_PHUC_PROFILE, VAN_PHUC_ROOT);

  public static final ProducerId MINH_LONG = ProducerId.of("xuong-gom-minh-long");
  public static final ProducerId HOA_SEN = ProducerId.of("lua-hoa-sen");

  public static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  public static final LocalDate UNTIL = LocalDate.of(2027, 12, 31);

  /** Minh Long: ceramics only, both Bát Tràng brands. */
  public static MemberCertificate minhLong() {
    return BAT_TRANG.certifyMember(
        MINH_LONG_KEY.publicKey(), MINH_LONG, List.of(2, 1), List.of("ceramics"), FROM, UNTIL);
  }

  /** Hoa Sen: a Vạn Phúc silk member, any category. */
  public static MemberCertificate hoaSen() {
    return VAN_PHUC.certifyMember(
        HOA_SEN_KEY.publicKey(), HOA_SEN, List.of(1), List.of(), FROM, UNTIL);
  }

  /** A Bát Tràng list with Minh Long, issued at {@link #ISSUED}. */
  public static byte[] batTrangList(long sequence) {
    return BAT_TRANG.trustList().sequence(sequence).addMember(minhLong()).publish(CLOCK);
  }

  /** A Vạn Phúc list with Hoa Sen, issued at {@link #ISSUED}. */
  public static byte[] vanPhucList(long sequence) {
    return VAN_PHUC.trustList().sequence(sequence).addMember(hoaSen()).publish(CLOCK);
  }

  /**
   * A signer that signs with {@code real} but names {@code claimed}'s key id, as a forger who
   * knows a pinned root's id would.
   */
  public static TagSigner impostor(TagSigner real, TagPublicKey claimed) {
    return new TagSigner() {
      @Override
      public SignatureAlgorithm algorithm() {
        return real.algorithm();
      }

      @Override
      public TagPublicKey publicKey() {
        return claimed;
      }

      @Override
      public KeyId keyId() {
        return claimed.keyId();
      }

      @Override
      public byte[] sign(byte[] message) {
        return real.sign(message);
      }
    };
  }

  static TagKeyPair key(String name) {
    return ProvenanceFixtures.resourceKey(name);
  }
}
