package io.github.craftmark.provenance.trust;

import static io.github.craftmark.provenance.trust.TrustFixtures.BAT_TRANG;
import static io.github.craftmark.provenance.trust.TrustFixtures.BAT_TRANG_PROFILE;
import static io.github.craftmark.provenance.trust.TrustFixtures.BAT_TRANG_ROOT;
import static io.github.craftmark.provenance.trust.TrustFixtures.CLOCK;
import static io.github.craftmark.provenance.trust.TrustFixtures.ES256_MEMBER_KEY;
import static io.github.craftmark.provenance.trust.TrustFixtures.ES256_ROOT;
import static io.github.craftmark.provenance.trust.TrustFixtures.FROM;
import static io.github.craftmark.provenance.trust.TrustFixtures.HOA_SEN_KEY;
import static io.github.craftmark.provenance.trust.TrustFixtures.ISSUED;
import static io.github.craftmark.provenance.trust.TrustFixtures.MINH_LONG;
import static io.github.craftmark.provenance.trust.TrustFixtures.MINH_LONG_KEY;
import static io.github.craftmark.provenance.trust.TrustFixtures.NOW;
import static io.github.craftmark.provenance.trust.TrustFixtures.UNTIL;
import static io.github.craftmark.provenance.trust.TrustFixtures.VAN_PHUC;
import static io.github.craftmark.provenance.trust.TrustFixtures.VAN_PHUC_PROFILE;
import static io.github.craftmark.provenance.trust.TrustFixtures.VAN_PHUC_ROOT;
import static io.github.craftmark.provenance.trust.TrustFixtures.batTrangList;
import static io.github.craftmark.provenance.trust.TrustFixtures.minhLong;
import static io.github.craftmark.provenance.trust.TrustFixtures.vanPhucList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.provenance.internal.key.P256;
import io.github.craftmark.provenance.internal.trust.Certificates;
import io.github.craftmark.provenance.internal.trust.SignedObjects;
import io.github.craftmark.provenance.internal.trust.TrustCodec;
import io.github.craftmark.provenance.key.TagPublicKey;
import io.github.craftmark.provenance.key.TagSigner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TrustStoreTest {
  private final TrustStore store =
      TrustStore.pinning(List.of(BAT_TRANG_ROOT.publicKey(), VAN_PHUC_ROOT.publicKey()));

  private static TrustListRejection reason(TrustListUpdate update) {
    assertThat(update).isInstanceOf(TrustListUpdate.Rejected.class);
    return ((TrustListUpdate.Rejected) update).reason();
  }

  private static String detail(TrustListUpdate update) {
    return ((TrustListUpdate.Rejected) update).detail();
  }

  @Test
  void update_whenSignedByPinnedRoot_isAcceptedAndIndexed() {
    TrustListUpdate update = store.update(batTrangList(1), NOW);

    assertThat(update).isInstanceOf(TrustListUpdate.Accepted.class);
    assertThat(((TrustListUpdate.Accepted) update).changed()).isTrue();
    TrustSnapshot snapshot = store.snapshot();
    List<MemberCertificate> members = snapshot.membersWithKeyId(MINH_LONG_KEY.keyId());
    assertThat(members).containsExactly(minhLong());
    MemberCertificate member = members.get(0);
    assertThat(snapshot.isMemberRevoked(member)).isFalse();
    assertThat(snapshot.isStale(member, NOW)).isFalse();
    assertThat(snapshot.brand(member, 2)).contains(TrustFixtures.MEN_RAN);
    assertThat(snapshot.brand(member, 3)).isEmpty();
    assertThat(snapshot.trustList("battrang-association").orElseThrow().sequence())
        .isEqualTo(1);
    assertThat(snapshot.membersWithKeyId(HOA_SEN_KEY.keyId())).isEmpty();
  }

  @Test
  void update_whenHigherSequence_replacesTheList() {
    store.update(batTrangList(1), NOW);
    byte[] second = BAT_TRANG.trustList().sequence(2).publish(CLOCK);

    assertThat(store.update(second, NOW).isAccepted()).isTrue();

    assertThat(store.snapshot().membersWithKeyId(MINH_LONG_KEY.keyId())).isEmpty();
    assertThat(store.snapshot().trustLists()).extracting(TrustList::sequence).containsExactly(2L);
  }

  @Test
  void update_whenOlderSequence_isRejectedAsRollback() {
    store.update(batTrangList(5), NOW);

    TrustListUpdate update = store.update(batTrangList(4), NOW);

    assertThat(reason(update)).isEqualTo(TrustListRejection.ROLLBACK);
    assertThat(detail(update))
        .isEqualTo("battrang-association list 4 is older than the accepted 5");
    assertThat(store.snapshot().trustList("battrang-association").orElseThrow().sequence())
        .isEqualTo(5);
  }

  @Test
  void update_whenSameSequenceWithOtherContent_isRejectedAsSequenceReused() {
    store.update(batTrangList(3), NOW);
    byte[] fork = BAT_TRANG.trustList().sequence(3).publish(CLOCK);

    TrustListUpdate update = store.update(fork, NOW);

    assertThat(reason(update)).isEqualTo(TrustListRejection.SEQUENCE_REUSED);
    assertThat(detail(update))
        .isEqualTo("battrang-association list 3 differs from the accepted list with that sequence");
    assertThat(store.snapshot().membersWithKeyId(MINH_LONG_KEY.keyId())).hasSize(1);
  }

  @Test
  void update_whenSameListAgain_isAcceptedUnchanged() {
    byte[] list = batTrangList(3);
    store.update(list, NOW);
    TrustSnapshot before = store.snapshot();

    TrustListUpdate update = store.update(list.clone(), NOW);

    assertThat(update).isInstanceOf(TrustListUpdate.Accepted.class);
    assertThat(((TrustListUpdate.Accepted) update).changed()).isFalse();
    assertThat(store.snapshot()).isSameAs(before);
    Instant stale = ISSUED.plus(TrustListBuilder.DEFAULT_VALIDITY).plusSeconds(1);
    assertThat(reason(store.update(list, stale))).isEqualTo(TrustListRejection.EXPIRED);
  }

  @Test
  void update_whenPastNextUpdate_isRejectedAsExpired() {
    byte[] list = BAT_TRANG.trustList().validFor(Duration.ofDays(1)).publish(CLOCK);
    Instant due = ISSUED.plus(Duration.ofDays(1));

    TrustListUpdate late = store.update(list, due.plusSeconds(1));

    assertThat(reason(late)).isEqualTo(TrustListRejection.EXPIRED);
    assertThat(detail(late))
        .isEqualTo("battrang-association list 1 was due for update at 2025-03-02T08:00:00Z, before"
            + " 2025-03-02T08:00:01Z");
    assertThat(store.snapshot().trustLists()).isEmpty();
    assertThat(store.update(list, due).isAccepted()).isTrue();
  }

  @Test
  void snapshot_whenListBecomesStale_reportsStaleMembers() {
    store.update(batTrangList(1), NOW);
    MemberCertificate member =
        store.snapshot().membersWithKeyId(MINH_LONG_KEY.keyId()).get(0);
    Instant due = ISSUED.plus(TrustListBuilder.DEFAULT_VALIDITY);

    assertThat(store.snapshot().isStale(member, due)).isFalse();
    assertThat(store.snapshot().isStale(member, due.plusSeconds(1))).isTrue();
  }

  @Test
  void update_whenSignedByUnpinnedRoot_isRejectedAsUnknownAuthority() {
    TrustStore onlyVanPhuc = TrustStore.pinning(List.of(VAN_PHUC_ROOT.publicKey()));

    TrustListUpdate update = onlyVanPhuc.update(batTrangList(1), NOW);

    assertThat(reason(update)).isEqualTo(TrustListRejection.UNKNOWN_AUTHORITY);
    assertThat(detail(update))
        .isEqualTo("no pinned root has key id " + BAT_TRANG_ROOT.keyId() + " and "
            + BAT_TRANG_ROOT.algorithm());
  }

  @Test
  void update_whenAnotherKeyClaimsThePinnedKeyId_isRejectedAsBadSignature() {
    TagSigner forger = TrustFixtures.impostor(VAN_PHUC_ROOT, BAT_TRANG_ROOT.publicKey());
    byte[] forged = VillageAuthority.of(BAT_TRANG_PROFILE, forger).trustList().publish(CLOCK);

    TrustListUpdate update = store.update(forged, NOW);

    assertThat(reason(update)).isEqualTo(TrustListRejection.BAD_SIGNATURE);
    assertThat(detail(update))
        .isEqualTo("trust list signature does not verify with root " + BAT_TRANG_ROOT.keyId());
  }

  @Test
  void update_whenAnyByteIsChanged_isNeverAccepted() {
    byte[] list = batTrangList(1);
    Random random = new Random(20250301);
    for (int i = 0; i < list.length; i++) {
      byte[] tampered = list.clone();
      tampered[i] ^= (byte) (1 + random.nextInt(255));
      TrustStore fresh = TrustStore.pinning(List.of(BAT_TRANG_ROOT.publicKey()));

      TrustListUpdate update = fresh.update(tampered, NOW);

      assertThat(update.isAccepted()).as("byte %d changed", i).isFalse();
      assertThat(fresh.snapshot().trustLists()).isEmpty();
    }
  }

  @Test
  void update_whenPayloadByteIsChanged_isRejectedAsBadSignature() {
    byte[] list = batTrangList(1);
    // The authority name sits in the payload, well after the 13-byte protected header.
    int at = indexOf(list, "Bát".getBytes(StandardCharsets.UTF_8));
    list[at] = 'b';

    assertThat(reason(store.update(list, NOW))).isEqualTo(TrustListRejection.BAD_SIGNATURE);
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 25).map(i -> 104729L * i + 3).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void update_ofRandomBytesAndMutations_neverThrowsAndAcceptsOnlyTheOriginal(long seed) {
    Random random = new Random(seed);
    byte[] valid = batTrangList(1);
    for (int round = 0; round < 40; round++) {
      byte[] input;
      switch (random.nextInt(4)) {
        case 0 -> {
          input = new byte[random.nextInt(600)];
          random.nextBytes(input);
        }
        case 1 -> {
          input = valid.clone();
          for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            input[random.nextInt(input.length)] = (byte) random.nextInt(256);
          }
        }
        case 2 -> input = Arrays.copyOf(valid, random.nextInt(valid.length));
        default -> {
          input = Arrays.copyOf(valid, valid.length + 1 + random.nextInt(8));
          input[valid.length] = (byte) random.nextInt(256);
        }
      }
      TrustStore fresh = TrustStore.pinning(List.of(BAT_TRANG_ROOT.publicKey()));

      TrustListUpdate update = fresh.update(input, NOW);

      assertThat(update).isNotNull();
      if (update.isAccepted()) {
        assertThat(input).isEqualTo(valid);
      }
    }
  }

  @Test
  void update_whenInputIsNullOrGarbage_isRejectedAsMalformed() {
    assertThat(reason(store.update(null, NOW))).isEqualTo(TrustListRejection.MALFORMED);
    assertThat(reason(store.update(new byte[0], NOW))).isEqualTo(TrustListRejection.MALFORMED);
    assertThat(reason(store.update(new byte[] {(byte) 0xd2, (byte) 0x84}, NOW)))
        .isEqualTo(TrustListRejection.MALFORMED);
    assertThatThrownBy(() -> store.update(batTrangList(1), null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("now must not be null: null");
  }

  @Test
  void update_whenUntagged_isRejectedAsMalformed() {
    byte[] list = batTrangList(1);
    byte[] untagged = Arrays.copyOfRange(list, 1, list.length);

    TrustListUpdate update = store.update(untagged, NOW);

    assertThat(reason(update)).isEqualTo(TrustListRejection.MALFORMED);
    assertThat(detail(update)).isEqualTo("signed object must be a COSE_Sign1 with CBOR tag 18");
  }

  @Test
  void update_whenOneCertificateIsSignedByAnotherKey_rejectsTheWholeList() {
    MemberCertificate second = BAT_TRANG.certifyMember(
        HOA_SEN_KEY.publicKey(),
        ProducerId.of("xuong-gom-hoa-sen"),
        List.of(1),
        List.of(),
        FROM,
        UNTIL);
    TrustList list =
        BAT_TRANG.trustList().addMember(minhLong()).addMember(second).build(CLOCK);
    byte[] signed = signList(
        BAT_TRANG_ROOT,
        list,
        List.of(
            Certificates.sign(BAT_TRANG_ROOT, minhLong()),
            Certificates.sign(VAN_PHUC_ROOT, second)));

    TrustListUpdate update = store.update(signed, NOW);

    assertThat(reason(update)).isEqualTo(TrustListRejection.BAD_SIGNATURE);
    assertThat(detail(update))
        .isEqualTo(
            "members[1]: member certificate signature does not verify with an authority root (key id "
                + VAN_PHUC_ROOT.keyId()
                + ")");
    assertThat(store.snapshot().trustLists()).isEmpty();
  }

  @Test
  void update_whenCertificateIsOfAnotherAuthority_isRejectedAsMalformed() {
    MemberCertificate foreign = TrustFixtures.hoaSen();
    TrustList list = BAT_TRANG.trustList().build(CLOCK);
    byte[] signed =
        signList(BAT_TRANG_ROOT, list, List.of(Certificates.sign(BAT_TRANG_ROOT, foreign)));

    TrustListUpdate update = store.update(signed, NOW);

    assertThat(reason(update)).isEqualTo(TrustListRejection.MALFORMED);
    assertThat(detail(update))
        .isEqualTo(
            "trust list: members[0].authorityId must be the list's authority battrang-association:"
                + " \"vanphuc-cooperative\"");
  }

  @Test
  void update_whenCertificateNamesABrandOutsideTheTable_isRejectedAsMalformed() {
    MemberCertificate outside = new MemberCertificate(
        MINH_LONG_KEY.publicKey(),
        MINH_LONG_KEY.keyId(),
        MINH_LONG,
        "battrang-association",
        List.of(1, 9),
        List.of(),
        FROM,
        UNTIL);
    TrustList list = BAT_TRANG.trustList().build(CLOCK);
    byte[] signed =
        signList(BAT_TRANG_ROOT, list, List.of(Certificates.sign(BAT_TRANG_ROOT, outside)));

    TrustListUpdate update = store.update(signed, NOW);

    assertThat(reason(update)).isEqualTo(TrustListRejection.MALFORMED);
    assertThat(detail(update))
        .isEqualTo("trust list: members[0].brandCodes must be codes of the list's brand table: 9");
  }

  @Test
  void update_keepsTwoAuthoritiesSideBySide() {
    assertThat(store.update(batTrangList(7), NOW).isAccepted()).isTrue();
    assertThat(store.update(vanPhucList(1), NOW).isAccepted()).isTrue();

    TrustSnapshot snapshot = store.snapshot();
    MemberCertificate minhLong =
        snapshot.membersWithKeyId(MINH_LONG_KEY.keyId()).get(0);
    MemberCertificate hoaSen = snapshot.membersWithKeyId(HOA_SEN_KEY.keyId()).get(0);
    assertThat(snapshot.brand(minhLong, 1)).contains(TrustFixtures.GOM_BAT_TRANG);
    assertThat(snapshot.brand(hoaSen, 1)).contains(TrustFixtures.LUA_VAN_PHUC);
    assertThat(snapshot.trustLists())
        .extracting(l -> l.authority().id() + "#" + l.sequence())
        .containsExactly("battrang-association#7", "vanphuc-cooperative#1");
    // Each authority's sequence is its own: Vạn Phúc 2 is not a rollback of Bát Tràng 7.
    assertThat(store.update(vanPhucList(2), NOW).isAccepted()).isTrue();
    assertThat(reason(store.update(batTrangList(6), NOW))).isEqualTo(TrustListRejection.ROLLBACK);
  }

  @Test
  void update_whenOneRootSignsForAnotherAuthorityId_isRejectedAsAuthorityMismatch() {
    store.update(batTrangList(1), NOW);
    VillageAuthority takeover = VillageAuthority.of(BAT_TRANG_PROFILE, VAN_PHUC_ROOT);

    TrustListUpdate update = store.update(takeover.trustList().sequence(2).publish(CLOCK), NOW);

    assertThat(reason(update)).isEqualTo(TrustListRejection.AUTHORITY_MISMATCH);
    assertThat(detail(update))
        .isEqualTo("battrang-association is bound to root "
            + BAT_TRANG_ROOT.keyId()
            + ", not "
            + VAN_PHUC_ROOT.keyId());
  }

  @Test
  void update_whenBoundRootSwitchesAuthorityId_isRejectedAsAuthorityMismatch() {
    store.update(batTrangList(1), NOW);
    VillageAuthority renamed = VillageAuthority.of(VAN_PHUC_PROFILE, BAT_TRANG_ROOT);

    TrustListUpdate update = store.update(renamed.trustList().publish(CLOCK), NOW);

    assertThat(reason(update)).isEqualTo(TrustListRejection.AUTHORITY_MISMATCH);
    assertThat(detail(update))
        .isEqualTo("root " + BAT_TRANG_ROOT.keyId()
            + " is bound to battrang-association, not vanphuc-cooperative");
  }

  @Test
  void pinningByAuthority_letsAnAuthorityRollItsRootOver() {
    TrustStore named = TrustStore.pinningByAuthority(Map.of(
        "battrang-association", List.of(BAT_TRANG_ROOT.publicKey(), ES256_ROOT.publicKey()),
        "vanphuc-cooperative", List.of(VAN_PHUC_ROOT.publicKey())));
    VillageAuthority newRoot = VillageAuthority.of(BAT_TRANG_PROFILE, ES256_ROOT);
    assertThat(named.update(batTrangList(1), NOW).isAccepted()).isTrue();

    assertThat(named
            .update(newRoot.trustList().sequence(2).addMember(minhLong()).publish(CLOCK), NOW)
            .isAccepted())
        .isTrue();

    assertThat(reason(named.update(batTrangList(1), NOW))).isEqualTo(TrustListRejection.ROLLBACK);
    VillageAuthority wrongRoot = VillageAuthority.of(BAT_TRANG_PROFILE, VAN_PHUC_ROOT);
    TrustListUpdate takeover = named.update(wrongRoot.trustList().sequence(3).publish(CLOCK), NOW);
    assertThat(reason(takeover)).isEqualTo(TrustListRejection.AUTHORITY_MISMATCH);
    assertThat(detail(takeover))
        .isEqualTo("root " + VAN_PHUC_ROOT.keyId() + " is not pinned for battrang-association");
  }

  @Test
  void pinningByAuthority_whenRootSignsAnUnnamedAuthority_isRejectedAsAuthorityMismatch() {
    TrustStore named = TrustStore.pinningByAuthority(
        Map.of("vanphuc-cooperative", List.of(VAN_PHUC_ROOT.publicKey())));
    VillageAuthority other = VillageAuthority.of(BAT_TRANG_PROFILE, VAN_PHUC_ROOT);

    TrustListUpdate update = named.update(other.trustList().publish(CLOCK), NOW);

    assertThat(reason(update)).isEqualTo(TrustListRejection.AUTHORITY_MISMATCH);
  }

  @Test
  void update_acceptsAnEs256Root() {
    TrustStore es256 = TrustStore.pinning(List.of(ES256_ROOT.publicKey()));
    VillageAuthority authority = VillageAuthority.of(BAT_TRANG_PROFILE, ES256_ROOT);
    MemberCertificate member = authority.certifyMember(
        ES256_MEMBER_KEY.publicKey(), MINH_LONG, List.of(1), List.of(), FROM, UNTIL);

    assertThat(es256
            .update(authority.trustList().addMember(member).publish(CLOCK), NOW)
            .isAccepted())
        .isTrue();

    assertThat(es256.snapshot().membersWithKeyId(ES256_MEMBER_KEY.keyId())).containsExactly(member);
  }

  @Test
  void update_whenAnEs256ListCarriesTheHighSTwinOfItsSignature_isRejectedAsMalformed() {
    TrustStore es256 = TrustStore.pinning(List.of(ES256_ROOT.publicKey()));
    byte[] list = VillageAuthority.of(BAT_TRANG_PROFILE, ES256_ROOT).trustList().publish(CLOCK);
    int signatureAt = list.length - 64;
    byte[] signature = Arrays.copyOfRange(list, signatureAt, list.length);
    assertThat(P256.isLowS(signature, 0)).as("the authority signs with a low s").isTrue();
    byte[] twin = list.clone();
    System.arraycopy(P256.twin(signature), 0, twin, signatureAt, 64);

    TrustListUpdate update = es256.update(twin, NOW);

    assertThat(reason(update)).isEqualTo(TrustListRejection.MALFORMED);
    assertThat(detail(update)).isEqualTo("ES256 signature must have a low s (s ≤ n/2)");
    assertThat(es256.update(list, NOW).isAccepted()).isTrue();
  }

  @Test
  void snapshot_reportsRevokedMembersAndTags() {
    byte[] serial = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    byte[] other = {1, 2, 3, 4, 5, 6, 7, 8, 9, 11};
    byte[] list = BAT_TRANG
        .trustList()
        .addMember(minhLong())
        .revokeMember(MINH_LONG_KEY.keyId(), Instant.parse("2025-02-20T00:00:00Z"))
        .revokeTag(MINH_LONG_KEY.keyId(), serial)
        .publish(CLOCK);

    store.update(list, NOW);

    TrustSnapshot snapshot = store.snapshot();
    MemberCertificate member = snapshot.membersWithKeyId(MINH_LONG_KEY.keyId()).get(0);
    assertThat(snapshot.isMemberRevoked(member)).isTrue();
    assertThat(snapshot.isTagRevoked(MINH_LONG_KEY.keyId(), serial)).isTrue();
    assertThat(snapshot.isTagRevoked(MINH_LONG_KEY.keyId(), other)).isFalse();
    assertThat(snapshot.isTagRevoked(HOA_SEN_KEY.keyId(), serial)).isFalse();
    assertThat(snapshot.trustList("battrang-association").orElseThrow().revokedMembers())
        .containsExactly(
            new MemberRevocation(MINH_LONG_KEY.keyId(), Instant.parse("2025-02-20T00:00:00Z")));
  }

  @Test
  void snapshot_whenTwoAuthoritiesCertifyOneKey_keepsBothCertificates() {
    MemberCertificate atBatTrang = minhLong();
    MemberCertificate atVanPhuc = VAN_PHUC.certifyMember(
        MINH_LONG_KEY.publicKey(), MINH_LONG, List.of(1), List.of(), FROM, UNTIL);
    store.update(batTrangList(1), NOW);
    store.update(VAN_PHUC.trustList().addMember(atVanPhuc).publish(CLOCK), NOW);

    List<MemberCertificate> members = store.snapshot().membersWithKeyId(MINH_LONG_KEY.keyId());

    assertThat(members).containsExactly(atBatTrang, atVanPhuc);
    assertThat(store.snapshot().brand(members.get(1), 1)).contains(TrustFixtures.LUA_VAN_PHUC);
  }

  @Test
  void snapshot_isNotChangedByLaterUpdates() {
    store.update(batTrangList(1), NOW);
    TrustSnapshot before = store.snapshot();

    store.update(BAT_TRANG.trustList().sequence(2).publish(CLOCK), NOW);

    assertThat(before.membersWithKeyId(MINH_LONG_KEY.keyId())).hasSize(1);
    assertThat(store.snapshot().membersWithKeyId(MINH_LONG_KEY.keyId())).isEmpty();
  }

  @Test
  void update_whileReadersRead_neverShowsAHalfAppliedList() throws Exception {
    int lists = 40;
    int readers = 3;
    List<byte[]> signed = new ArrayList<>();
    List<MemberCertificate> pool = new ArrayList<>();
    for (int i = 0; i < lists; i++) {
      pool.add(BAT_TRANG.certifyMember(
          MINH_LONG_KEY.publicKey(),
          ProducerId.of("producer-" + i),
          List.of(1),
          List.of(),
          FROM,
          UNTIL));
    }
    for (int sequence = 1; sequence <= lists; sequence++) {
      // List n holds n certificates for the same key and revokes n tags: a reader can check that
      // everything it sees belongs to one list.
      TrustListBuilder builder = BAT_TRANG.trustList().sequence(sequence);
      for (int i = 0; i < sequence; i++) {
        builder
            .addMember(pool.get(i))
            .revokeTag(MINH_LONG_KEY.keyId(), new byte[] {(byte) i, 0, 0, 0, 0, 0, 0, 0});
      }
      signed.add(builder.publish(CLOCK));
    }
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger torn = new AtomicInteger();
    AtomicInteger accepted = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicBoolean writerDone = new AtomicBoolean();
    List<Thread> threads = new ArrayList<>();
    Thread writer = new Thread(() -> {
      try {
        start.await();
        for (byte[] list : signed) {
          if (store.update(list, NOW).isAccepted()) {
            accepted.incrementAndGet();
          }
        }
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
      } finally {
        writerDone.set(true);
      }
    });
    threads.add(writer);
    for (int r = 0; r < readers; r++) {
      threads.add(new Thread(() -> {
        try {
          start.await();
          long lastSequence = 0;
          while (lastSequence < lists && !(writerDone.get() && failure.get() != null)) {
            TrustSnapshot snapshot = store.snapshot();
            long sequence = snapshot
                .trustList("battrang-association")
                .map(TrustList::sequence)
                .orElse(0L);
            int members = snapshot.membersWithKeyId(MINH_LONG_KEY.keyId()).size();
            boolean lastRevoked = sequence == 0
                || snapshot.isTagRevoked(
                    MINH_LONG_KEY.keyId(), new byte[] {(byte) (sequence - 1), 0, 0, 0, 0, 0, 0, 0});
            boolean nextRevoked = snapshot.isTagRevoked(
                MINH_LONG_KEY.keyId(), new byte[] {(byte) sequence, 0, 0, 0, 0, 0, 0, 0});
            if (members != sequence || !lastRevoked || nextRevoked || sequence < lastSequence) {
              torn.incrementAndGet();
            }
            lastSequence = sequence;
          }
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        }
      }));
    }
    threads.forEach(Thread::start);
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(failure.get()).isNull();
    assertThat(accepted.get()).isEqualTo(lists);
    assertThat(torn.get()).isZero();
  }

  @Test
  void update_whenTwoWritersRace_acceptsEachSequenceOnce() throws Exception {
    List<byte[]> signed = new ArrayList<>();
    for (int sequence = 1; sequence <= 20; sequence++) {
      signed.add(BAT_TRANG.trustList().sequence(sequence).publish(CLOCK));
    }
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger changed = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    AtomicInteger unchanged = new AtomicInteger();
    Runnable writer = () -> {
      try {
        start.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      for (byte[] list : signed) {
        TrustListUpdate update = store.update(list, NOW);
        if (update instanceof TrustListUpdate.Accepted a && a.changed()) {
          changed.incrementAndGet();
        } else if (update.isAccepted()) {
          unchanged.incrementAndGet();
        } else {
          rejected.incrementAndGet();
        }
      }
    };
    Thread first = new Thread(writer);
    Thread second = new Thread(writer);
    first.start();
    second.start();
    start.countDown();
    first.join();
    second.join();

    // Every list is applied by exactly one writer; the other sees it unchanged or older.
    assertThat(changed.get()).isEqualTo(20);
    assertThat(changed.get() + unchanged.get() + rejected.get()).isEqualTo(40);
    assertThat(store.snapshot().trustList("battrang-association").orElseThrow().sequence())
        .isEqualTo(20);
  }

  @Test
  void saveAndRestore_keepRollbackProtectionAcrossRestarts(@TempDir Path directory) {
    store.update(batTrangList(5), NOW);
    store.update(vanPhucList(2), NOW);
    store.save(directory);

    TrustStore restarted =
        TrustStore.pinning(List.of(BAT_TRANG_ROOT.publicKey(), VAN_PHUC_ROOT.publicKey()));
    List<TrustListUpdate> restored = restarted.restore(directory);

    assertThat(restored).hasSize(2).allMatch(TrustListUpdate::isAccepted);
    assertThat(restarted.snapshot().trustLists())
        .extracting(TrustList::sequence)
        .containsExactly(5L, 2L);
    assertThat(restarted.snapshot().membersWithKeyId(MINH_LONG_KEY.keyId()))
        .containsExactly(minhLong());
    assertThat(reason(restarted.update(batTrangList(4), NOW)))
        .isEqualTo(TrustListRejection.ROLLBACK);
  }

  @Test
  void save_namesFilesByTheHexOfTheAuthorityId(@TempDir Path directory) throws Exception {
    store.update(batTrangList(1), NOW);

    store.save(directory);
    store.save(directory);

    try (var files = Files.list(directory)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly("6261747472616e672d6173736f63696174696f6e.cose");
    }
    assertThat(
            Files.readAllBytes(directory.resolve("6261747472616e672d6173736f63696174696f6e.cose")))
        .isEqualTo(batTrangList(1));
  }

  @Test
  void restore_whenSavedListIsPastNextUpdate_stillRestoresItAsTheRollbackFloor(
      @TempDir Path directory) throws Exception {
    store.update(batTrangList(5), NOW);
    store.save(directory);
    Instant muchLater = ISSUED.plus(Duration.ofDays(90));
    TrustStore restarted = TrustStore.pinning(List.of(BAT_TRANG_ROOT.publicKey()));

    assertThat(restarted.restore(directory)).allMatch(TrustListUpdate::isAccepted);

    MemberCertificate member =
        restarted.snapshot().membersWithKeyId(MINH_LONG_KEY.keyId()).get(0);
    assertThat(restarted.snapshot().isStale(member, muchLater)).isTrue();
    Clock later = Clock.fixed(muchLater, ZoneOffset.UTC);
    byte[] older = BAT_TRANG.trustList().sequence(4).publish(later);
    assertThat(reason(restarted.update(older, muchLater))).isEqualTo(TrustListRejection.ROLLBACK);
  }

  @Test
  void restore_whenAFileIsDamaged_reportsItAndRestoresTheOthers(@TempDir Path directory)
      throws Exception {
    store.update(batTrangList(1), NOW);
    store.update(vanPhucList(1), NOW);
    store.save(directory);
    Path batTrangFile = directory.resolve(TrustStore.fileName("battrang-association"));
    byte[] damaged = Files.readAllBytes(batTrangFile);
    damaged[damaged.length - 1] ^= 1;
    Files.write(batTrangFile, damaged);
    Files.writeString(directory.resolve("notes.txt"), "not a list");

    TrustStore restarted =
        TrustStore.pinning(List.of(BAT_TRANG_ROOT.publicKey(), VAN_PHUC_ROOT.publicKey()));
    List<TrustListUpdate> restored = restarted.restore(directory);

    assertThat(restored).hasSize(2);
    assertThat(reason(restored.get(0))).isEqualTo(TrustListRejection.BAD_SIGNATURE);
    assertThat(restored.get(1).isAccepted()).isTrue();
    assertThat(restarted.snapshot().trustLists())
        .extracting(l -> l.authority().id())
        .containsExactly("vanphuc-cooperative");
  }

  @Test
  void pinning_whenRootsEmptyNullOrRepeated_fails() {
    assertThatThrownBy(() -> TrustStore.pinning(List.of()))
        .hasMessage("authorityRoots must hold at least one root key: \"[]\"");
    TagPublicKey root = BAT_TRANG_ROOT.publicKey();
    assertThatThrownBy(() -> TrustStore.pinning(List.of(root, root)))
        .hasMessage("authorityRoots[1] must not repeat: " + root.keyId());
    assertThatThrownBy(() -> TrustStore.pinningByAuthority(Map.of("bát", List.of(root))))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> TrustStore.pinningByAuthority(Map.of()))
        .hasMessage("rootsByAuthorityId must not be empty: \"{}\"");
  }

  static byte[] signList(TagSigner root, TrustList list, List<byte[]> certificates) {
    return SignedObjects.sign(
        root, TrustCodec.TRUST_LIST_CONTEXT, TrustCodec.encodeTrustList(list, certificates));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
