package io.github.craftmark.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.testing.Concurrently;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HmacSha256Test {
  // RFC 4231, test case 2.
  private static final HmacSha256 JEFE = HmacSha256.ofUtf8("Jefe");
  private static final String RFC_4231_CASE_2 =
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

  // Computed independently with OpenSSL 3.0:
  //   printf '%s' 'craft-103' | openssl dgst -sha256 -hmac 'Jefe'
  // ('craft-103' is the first 'craft-<n>' whose HMAC starts with two zero digits).
  private static final String OPENSSL_LEADING_ZEROS =
      "001c6a1ccb884da2778af354cd54e8be3e9537922e3336f0a5d13eaebb67a891";

  @Test
  void hex_rfc4231Case2_matchesThePublishedValue() {
    assertThat(JEFE.hex("what do ya want for nothing?", false)).isEqualTo(RFC_4231_CASE_2);
    assertThat(JEFE.hex("what do ya want for nothing?", true))
        .isEqualTo(RFC_4231_CASE_2.toUpperCase());
  }

  @Test
  void message_rfc4231Case2_matchesThePublishedValue() {
    assertThat(JEFE.message().append("what do ya").append(" want for nothing?").hex(false))
        .isEqualTo(RFC_4231_CASE_2);
  }

  @Test
  void message_rfc4231Case6_keyLongerThanABlock_isHashedFirst() {
    // RFC 4231, test case 6: a 131-byte key of 0xaa.
    byte[] key = new byte[131];
    java.util.Arrays.fill(key, (byte) 0xaa);
    assertThat(HmacSha256.of(key)
            .message()
            .append("Test Using Larger Than Block-Size Key - Hash Key First")
            .hex(false))
        .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void message_equalsTheJdkMac_forRandomKeysTextsNumbersAndBytes(long seed) throws Exception {
    java.util.Random random = new java.util.Random(seed);
    byte[] key = new byte[1 + random.nextInt(150)];
    random.nextBytes(key);
    javax.crypto.Mac jdk = javax.crypto.Mac.getInstance("HmacSHA256");
    jdk.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
    HmacSha256 ours = HmacSha256.of(key);
    for (int round = 0; round < 50; round++) {
      String text = "Bát Tràng ".repeat(random.nextInt(80)) + random.nextInt();
      long number = random.nextLong() >>> random.nextInt(64);
      byte[] body = new byte[random.nextInt(2000)];
      random.nextBytes(body);
      java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
      joined.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      joined.writeBytes(Long.toString(number).getBytes(StandardCharsets.US_ASCII));
      joined.writeBytes(body);
      byte[] expected = jdk.doFinal(joined.toByteArray());
      assertThat(ours.message().append(text).append(number).append(body).mac()).isEqualTo(expected);
      assertThat(ours.message().append(text).append(-number).hex(true))
          .isEqualTo(HmacSha256.hex(
              jdk.doFinal((text + (-number)).getBytes(StandardCharsets.UTF_8)), true));
    }
  }

  @Test
  void mac_ofALargeBodyHashedInPlace_equalsTheJdkMac() throws Exception {
    java.util.Random random = new java.util.Random(42);
    byte[] body = new byte[200_000];
    random.nextBytes(body);
    byte[] head = "app-key".getBytes(StandardCharsets.US_ASCII);
    javax.crypto.Mac jdk = javax.crypto.Mac.getInstance("HmacSHA256");
    jdk.init(new javax.crypto.spec.SecretKeySpec(
        "Jefe".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
    jdk.update(head);
    jdk.update(body);
    jdk.update(head);
    byte[] expected = jdk.doFinal();

    assertThat(JEFE.mac(head, body, head)).isEqualTo(expected);
    // The next message on the thread starts clean after a streamed one.
    assertThat(JEFE.hex("what do ya want for nothing?", false)).isEqualTo(RFC_4231_CASE_2);
  }

  @Test
  void appendFixed_givesTheSameMacAsAppend_forRecurringCollidingAndFreshStrings() {
    // "Aa" and "BB" share a hash code, so they fall in one slot of the thread's cache; a string
    // equal to a cached one but another object must be encoded afresh, with the same result.
    String[] parts = {"what do ya", " want for nothing?", "Aa", "BB", "Aa", "tên-sản-phẩm"};
    StringBuilder joined = new StringBuilder();
    for (String part : parts) {
      joined.append(part);
    }
    String expected = JEFE.hex(joined.toString(), false);
    for (int round = 0; round < 3; round++) {
      HmacSha256.Message message = JEFE.message();
      for (String part : parts) {
        message.appendFixed(round == 2 ? new String(part.toCharArray()) : part);
      }
      assertThat(message.hex(false)).isEqualTo(expected);
    }
    assertThat(JEFE.message()
            .appendFixed("what do ya")
            .append(" want for nothing?")
            .hex(false))
        .isEqualTo(RFC_4231_CASE_2);
  }

  @Test
  void appendPath_refusesABadPathEvenWhenCachedAsFixedText_andSignsAGoodOneLikeAppend() {
    String bad = "/product/get?x=1";
    for (int round = 0; round < 2; round++) {
      // Encoded as a fixed text first, a malformed path is still checked when given as a path.
      JEFE.message().appendFixed(bad);
      assertThatThrownBy(() -> JEFE.message().appendPath(bad))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("apiPath");
    }
    assertThatThrownBy(() -> JEFE.message().appendPath(null))
        .isInstanceOf(InvalidValueException.class);
    String path = "/api/v2/product/get_item_list";
    String expected = JEFE.hex(path + "Đồ gốm", false);
    for (int round = 0; round < 3; round++) {
      assertThat(JEFE.message().appendPath(path).append("Đồ gốm").hex(false)).isEqualTo(expected);
    }
  }

  @Test
  void append_shortAndLongTexts_withAndWithoutNonAsciiLetters_encodeAsUtf8() {
    for (String text : new String[] {
      "",
      "a",
      "sha256",
      "1795000000000",
      "16-chars-exactly",
      "Bát",
      "gốm sứ Bát Tràng, men rạn",
      "ascii then ộ",
      "a longer ascii text than sixteen"
    }) {
      assertThat(JEFE.message().append(text).hex(false))
          .as(text)
          .isEqualTo(
              JEFE.message().append(text.getBytes(StandardCharsets.UTF_8)).hex(false));
    }
  }

  @Test
  void appendNumber_writesWhatLongToStringWrites_atEveryLengthAndEdge() {
    List<Long> numbers = new ArrayList<>(List.of(
        0L,
        1L,
        9L,
        10L,
        99L,
        100L,
        101L,
        1_795_000_000L,
        1_795_000_000_000L,
        Long.MAX_VALUE,
        -1L,
        Long.MIN_VALUE));
    for (long power = 1; power > 0 && power <= Long.MAX_VALUE / 10; power *= 10) {
      numbers.addAll(List.of(power - 1, power, power + 1, 10 * power - 1));
    }
    for (long number : numbers) {
      assertThat(JEFE.message().append("n=").append(number).hex(false))
          .as(Long.toString(number))
          .isEqualTo(JEFE.hex("n=" + number, false));
    }
  }

  @Test
  void message_abandonedHalfway_doesNotLeakIntoTheNextOne() {
    JEFE.message().append("a half-written base string with a token");
    assertThat(JEFE.message().append("what do ya want for nothing?").hex(false))
        .isEqualTo(RFC_4231_CASE_2);
  }

  @Test
  void hex_whenTheMacStartsWithZeroBytes_keepsEveryLeadingZero() {
    assertThat(JEFE.hex("craft-103", false)).isEqualTo(OPENSSL_LEADING_ZEROS).hasSize(64);
  }

  @Test
  void mac_ofParts_equalsMacOfTheJoinedBytes() {
    byte[] whole = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);

    assertThat(HmacSha256.hex(
            JEFE.mac(
                "what do ".getBytes(StandardCharsets.US_ASCII),
                new byte[0],
                "ya want for nothing?".getBytes(StandardCharsets.US_ASCII)),
            false))
        .isEqualTo(RFC_4231_CASE_2);
    assertThat(JEFE.mac(whole)).isEqualTo(JEFE.mac("what do ya want for nothing?"));
  }

  @Test
  void ofUtf8_hashesTheUtf8BytesOfTheSecret() {
    String secret = "Làng gốm Bát Tràng";

    assertThat(HmacSha256.ofUtf8(secret).mac("x"))
        .isEqualTo(HmacSha256.of(secret.getBytes(StandardCharsets.UTF_8)).mac("x"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        RFC_4231_CASE_2,
        "5BDCC146BF60754E6A042426089575C75A003F089D2739839DEC58B964EC3843",
        " 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843\t"
      })
  void matchesHex_whenEitherCaseOrSurroundedBySpace_isTrue(String given) {
    assertThat(HmacSha256.matchesHex(JEFE.mac("what do ya want for nothing?"), given))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec384",
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec38430",
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3844",
        "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964",
        "zbdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec384\u0663"
      })
  void matchesHex_whenMalformedOrDifferent_isFalse(String given) {
    assertThat(HmacSha256.matchesHex(JEFE.mac("what do ya want for nothing?"), given))
        .isFalse();
  }

  @Test
  void matchesHex_whenNull_isFalse() {
    assertThat(HmacSha256.matchesHex(JEFE.mac("x"), null)).isFalse();
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 20).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void matchesHex_randomText_neverThrowsAndNeverMatches(long seed) {
    Random random = new Random(seed);
    byte[] mac = JEFE.mac("what do ya want for nothing?");
    for (int i = 0; i < 100; i++) {
      char[] text = new char[random.nextBoolean() ? 64 : random.nextInt(100)];
      for (int c = 0; c < text.length; c++) {
        text[c] = (char) random.nextInt(random.nextBoolean() ? 128 : 0x10000);
      }

      assertThat(HmacSha256.matchesHex(mac, new String(text))).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void inNameOrder_givesEveryEntrySortedByName_whateverTheMap(long seed) {
    Random random = new Random(seed);
    Map<String, String> parameters = new HashMap<>();
    int size = random.nextInt(12);
    while (parameters.size() < size) {
      parameters.put(Long.toString(random.nextLong(), 36), Integer.toString(random.nextInt()));
    }
    List<Map.Entry<String, String>> expected =
        new ArrayList<>(new TreeMap<>(parameters).entrySet());

    assertThat(list(HmacSha256.inNameOrder(parameters))).isEqualTo(expected);
    assertThat(list(HmacSha256.inNameOrder(new LinkedHashMap<>(parameters)))).isEqualTo(expected);
    assertThat(list(HmacSha256.inNameOrder(new TreeMap<>(parameters)))).isEqualTo(expected);
  }

  @Test
  void inNameOrder_ordersByUtf16CodeUnits_asAsciiOrderForAsciiNames() {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("a", "1");
    parameters.put("B", "2");
    parameters.put("_c", "3");
    parameters.put("a_b", "4");
    parameters.put("ab", "5");

    assertThat(list(HmacSha256.inNameOrder(parameters)))
        .extracting(Map.Entry::getKey)
        .containsExactly("B", "_c", "a", "a_b", "ab");
  }

  @Test
  void inNameOrder_whenANameIsNull_failsNamingTheParameters() {
    Map<String, String> parameters = new HashMap<>();
    parameters.put(null, "1");

    assertThatThrownBy(() -> HmacSha256.inNameOrder(parameters))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("parameters must not have a null name: null");
  }

  @Test
  void mac_fromManyThreads_givesTheSameAnswerEverywhere() throws Exception {
    byte[] first = "what do ya ".getBytes(StandardCharsets.US_ASCII);
    byte[] second = "want for nothing?".getBytes(StandardCharsets.US_ASCII);
    AtomicInteger round = new AtomicInteger();

    // The two recipes alternate, so that each thread's Mac is reused between them.
    Map<String, Integer> answers = Concurrently.countAnswers(16, 500, () -> {
      if (round.incrementAndGet() % 2 == 0) {
        return JEFE.hex("what do ya want for nothing?", false);
      }
      return HmacSha256.hex(JEFE.mac(first, second), false);
    });

    assertThat(answers).containsExactly(Map.entry(RFC_4231_CASE_2, 16 * 500));
  }

  @Test
  void toString_neverShowsTheKey() {
    assertThat(HmacSha256.ofUtf8("EXAMPLE-partner-key").toString())
        .isEqualTo("HmacSha256[key=***]")
        .doesNotContain("EXAMPLE");
  }

  private static List<Map.Entry<String, String>> list(Iterable<Map.Entry<String, String>> all) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    all.forEach(e -> out.add(Map.entry(e.getKey(), e.getValue())));
    return out;
  }
}
