package io.github.craftmark.provenance.vectors;

import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.trust.AuthorityProfile;
import io.github.craftmark.provenance.trust.MemberCertificate;
import io.github.craftmark.provenance.trust.TrustListBuilder;
import io.github.craftmark.provenance.trust.TrustedBrand;
import io.github.craftmark.provenance.trust.VillageAuthority;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The village authorities, members and trust lists behind the vectors. Authority, producer and
 * brand ids and names are EXAMPLE data; every key is a published test key ({@link VectorKeys}).
 */
final class VectorTrust {
  /** When every trust list is issued; lists are fresh for 7 days. */
  static final Instant ISSUED = Instant.parse("2025-07-01T00:00:00Z");

  /** When a verifier loads the trust list: {@code TESTCTX.TRUSTLISTCLOCK}. */
  static final Instant LOADED = Instant.parse("2025-07-01T01:00:00Z");

  /** When tags are verified: {@code TESTCTX.VALIDATIONCLOCK}, a day after the lists were issued. */
  static final Instant NOW = Instant.parse("2025-07-02T00:00:00Z");

  /** Eight days after the lists were issued: past their next update. */
  static final Instant STALE = Instant.parse("2025-07-09T00:00:00Z");

  static final String BAT_TRANG_PREFIX = "HTTPS://BATTRANG.VN/T/";
  static final String BAT_TRANG_LONG_PREFIX = "HTTPS://XAC-THUC.BATTRANG.VN:8443/GOM/T/";
  static final String VAN_PHUC_PREFIX = "HTTPS://VANPHUC.VN/T/";

  // Roots: Bát Tràng signs with Ed25519, Vạn Phúc with ES256, so both algorithms sign lists too.
  static final TagKeyPair BAT_TRANG_ROOT = VectorKeys.ed25519("bat-trang-root");
  static final TagKeyPair VAN_PHUC_ROOT = VectorKeys.es256("van-phuc-root");
  static final TagKeyPair ROGUE_ROOT = VectorKeys.ed25519("rogue-root");

  /** Ed25519, brands 0, 7 and 65535, any category, valid 2000-01-01..2199-12-31. */
  static final TagKeyPair MINH_LONG_KEY = VectorKeys.ed25519("member-minh-long");

  /** ES256, brands 7 and 8, ceramics only, valid 2025-01-01..2026-12-31. */
  static final TagKeyPair HOA_SEN_KEY = VectorKeys.es256("member-hoa-sen");

  /** Ed25519, brand 7, any category, valid 2025-01-01..2026-12-31. */
  static final TagKeyPair CHU_DAU_KEY = VectorKeys.ed25519("member-chu-dau");

  /** Ed25519, brand 7, revoked on 2025-06-15. */
  static final TagKeyPair REVOKED_KEY = VectorKeys.ed25519("member-revoked");

  /** Vạn Phúc, ES256, brand 1, embroidery and silk, valid 2025-01-01..2026-12-31. */
  static final TagKeyPair LUA_HA_DONG_KEY = VectorKeys.es256("member-lua-ha-dong");

  /** Vạn Phúc, Ed25519, brand 1, any category, valid 2025-01-01..2026-12-31. */
  static final TagKeyPair VAN_PHUC_WEAVER_KEY = VectorKeys.ed25519("member-van-phuc-weaver");

  /** Certified by no one. */
  static final TagKeyPair OUTSIDER_KEY = VectorKeys.ed25519("outsider");

  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);
  static final Instant MEMBER_REVOKED_AT = Instant.parse("2025-06-15T00:00:00Z");

  /** A serial of Minh Long's that the Bát Tràng list revokes. */
  static final byte[] REVOKED_SERIAL = HexFormat.of().parseHex("5245564f4b45442d3031");

  static final VillageAuthority BAT_TRANG = VillageAuthority.of(
      new AuthorityProfile(
          "battrang-association",
          "Hiệp hội Gốm sứ Bát Tràng",
          List.of(BAT_TRANG_PREFIX, BAT_TRANG_LONG_PREFIX),
          List.of(
              new TrustedBrand(0, BrandId.of("bat-trang-co-truyen"), "Bát Tràng cổ truyền"),
              new TrustedBrand(7, BrandId.of("gom-bat-trang"), "Gốm sứ Bát Tràng"),
              new TrustedBrand(8, BrandId.of("men-ran-bat-trang"), "Men rạn Bát Tràng"),
              new TrustedBrand(65_535, BrandId.of("bat-trang-xuat-khau"), "Bát Tràng xuất khẩu"))),
      BAT_TRANG_ROOT);

  static final VillageAuthority VAN_PHUC = VillageAuthority.of(
      AuthorityProfile.of(
          "vanphuc-cooperative",
          "Hợp tác xã Lụa Vạn Phúc",
          VAN_PHUC_PREFIX,
          List.of(new TrustedBrand(1, BrandId.of("lua-van-phuc"), "Lụa Vạn Phúc"))),
      VAN_PHUC_ROOT);

  /** The Bát Tràng list, signed by a root no verifier pins. */
  static final VillageAuthority BAT_TRANG_IMPOSTOR =
      VillageAuthority.of(BAT_TRANG.profile(), ROGUE_ROOT);

  static final MemberCertificate MINH_LONG = BAT_TRANG.certifyMember(
      MINH_LONG_KEY.publicKey(),
      ProducerId.of("xuong-gom-minh-long"),
      List.of(0, 7, 65_535),
      List.of(),
      LocalDate.of(2000, 1, 1),
      LocalDate.of(2199, 12, 31));

  static final MemberCertificate HOA_SEN = BAT_TRANG.certifyMember(
      HOA_SEN_KEY.publicKey(),
      ProducerId.of("gom-hoa-sen"),
      List.of(7, 8),
      List.of("ceramics"),
      FROM,
      UNTIL);

  static final MemberCertificate CHU_DAU = BAT_TRANG.certifyMember(
      CHU_DAU_KEY.publicKey(), ProducerId.of("gom-chu-dau"), List.of(7), List.of(), FROM, UNTIL);

  static final MemberCertificate REVOKED = BAT_TRANG.certifyMember(
      REVOKED_KEY.publicKey(),
      ProducerId.of("xuong-gom-da-thu-hoi"),
      List.of(7),
      List.of(),
      FROM,
      UNTIL);

  static final MemberCertificate LUA_HA_DONG = VAN_PHUC.certifyMember(
      LUA_HA_DONG_KEY.publicKey(),
      ProducerId.of("lua-ha-dong"),
      List.of(1),
      List.of("embroidery", "silk"),
      FROM,
      UNTIL);

  static final MemberCertificate VAN_PHUC_WEAVER = VAN_PHUC.certifyMember(
      VAN_PHUC_WEAVER_KEY.publicKey(),
      ProducerId.of("det-van-phuc"),
      List.of(1),
      List.of(),
      FROM,
      UNTIL);

  private VectorTrust() {}

  /** The Bát Tràng list (sequence 1) every Bát Tràng vector uses. */
  static byte[] batTrangList() {
    return batTrangMembers(BAT_TRANG.trustList()).publish(Clock.fixed(ISSUED, ZoneOffset.UTC));
  }

  /** The same list content, signed by a root that is not the pinned one. */
  static byte[] impostorList() {
    return batTrangMembers(BAT_TRANG_IMPOSTOR.trustList())
        .publish(Clock.fixed(ISSUED, ZoneOffset.UTC));
  }

  private static TrustListBuilder batTrangMembers(TrustListBuilder builder) {
    return builder
        .sequence(1)
        .addMember(MINH_LONG)
        .addMember(HOA_SEN)
        .addMember(CHU_DAU)
        .addMember(REVOKED)
        .revokeMember(REVOKED.keyId(), MEMBER_REVOKED_AT)
        .revokeTag(MINH_LONG.keyId(), REVOKED_SERIAL);
  }

  /** The Vạn Phúc list (sequence 1). */
  static byte[] vanPhucList() {
    return VAN_PHUC
        .trustList()
        .sequence(1)
        .addMember(LUA_HA_DONG)
        .addMember(VAN_PHUC_WEAVER)
        .publish(Clock.fixed(ISSUED, ZoneOffset.UTC));
  }

  /** The member certificate of a key, when an authority certified it. */
  static MemberCertificate certificateOf(TagKeyPair key) {
    for (MemberCertificate member :
        List.of(MINH_LONG, HOA_SEN, CHU_DAU, REVOKED, LUA_HA_DONG, VAN_PHUC_WEAVER)) {
      if (member.memberKey().equals(key.publicKey())) {
        return member;
      }
    }
    return null;
  }

  /** The authority that certified a member. */
  static VillageAuthority authorityOf(MemberCertificate member) {
    return member.authorityId().equals(VAN_PHUC.profile().id()) ? VAN_PHUC : BAT_TRANG;
  }

  /** Every test key, by the name of its file under {@code vectors/keys/}. */
  static Map<String, TagKeyPair> keysByName() {
    Map<String, TagKeyPair> keys = new LinkedHashMap<>();
    keys.put("bat-trang-root", BAT_TRANG_ROOT);
    keys.put("van-phuc-root", VAN_PHUC_ROOT);
    keys.put("rogue-root", ROGUE_ROOT);
    keys.put("member-minh-long", MINH_LONG_KEY);
    keys.put("member-hoa-sen", HOA_SEN_KEY);
    keys.put("member-chu-dau", CHU_DAU_KEY);
    keys.put("member-revoked", REVOKED_KEY);
    keys.put("member-lua-ha-dong", LUA_HA_DONG_KEY);
    keys.put("member-van-phuc-weaver", VAN_PHUC_WEAVER_KEY);
    keys.put("outsider", OUTSIDER_KEY);
    return keys;
  }

  /** The name of a key's file under {@code vectors/keys/}. */
  static String nameOf(TagKeyPair key) {
    for (Map.Entry<String, TagKeyPair> entry : keysByName().entrySet()) {
      if (entry.getValue().publicKey().equals(key.publicKey())) {
        return entry.getKey();
      }
    }
    throw new IllegalArgumentException("not a vector key: " + key);
  }
}
