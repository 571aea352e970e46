package io.github.craftmark.platform.internal;

import io.github.craftmark.core.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;

/**
 * HMAC-SHA256 under one key, as the marketplaces sign requests and webhooks: hex output with every
 * leading zero kept, constant-time comparison.
 *
 * <p>Signing sits on every request, so it must cost little more than the HMAC itself. Every
 * method goes through one per-thread {@link Message}: the parts of a base string are written into
 * a reused buffer and hashed in one call, and the SHA-256 states after the key's two pad blocks are
 * computed once (RFC 2104 section 4) and copied per HMAC, where {@code javax.crypto.Mac} hashes
 * both pad blocks again after every reset. Large parts (webhook bodies) are hashed in place.
 *
 * <p>The key never appears in {@link #toString()}. Instances are safe to share between threads.
 */
public final class HmacSha256 {
  /** The length of an HMAC-SHA256 value in bytes. */
  public static final int LENGTH = 32;

  private static final char[] LOWER = "0123456789abcdef".toCharArray();
  private static final char[] UPPER = "0123456789ABCDEF".toCharArray();

  // 10^0 .. 10^18: a non-negative long has as many digits as powers it reaches, plus one.
  private static final long[] POWERS_OF_TEN = powersOfTen();
  // "00" "01" .. "99": the two decimal digits of each number below 100.
  private static final byte[] DECIMAL_PAIRS = decimalPairs();

  // For each byte value, its two hex digits packed in one char: the high digit in the high byte.
  private static final char[] LOWER_PAIRS = digitPairs(LOWER);
  private static final char[] UPPER_PAIRS = digitPairs(UPPER);

  private final ThreadLocal<Message> messages;

  private HmacSha256(byte[] key) {
    byte[] block = keyBlock(key);
    this.messages =
        ThreadLocal.withInitial(() -> new Message(padded(block, 0x36), padded(block, 0x5c)));
  }

  /**
   * Starts a message to sign on this thread: its parts are written straight into a reused buffer
   * of the thread, so a base string is never built as a {@link String} and re-encoded. Finish it
   * with {@link Message#hex(boolean)}, {@link Message#mac()} or {@link Message#matchesHex(String)}
   * before starting another on the same thread.
   *
   * @return the thread's message, emptied
   */
  public Message message() {
    Message message = messages.get();
    message.inner = null;
    if (message.length > 0) {
      // A message abandoned by an exception: clear what it held before reuse.
      Arrays.fill(message.buffer, 0, message.length, (byte) 0);
      message.length = 0;
    }
    return message;
  }

  /**
   * A message being written for one HMAC, owned by one thread (see {@link #message()}). Text is
   * written as UTF-8, numbers in decimal, as the platforms' base strings are.
   */
  public static final class Message {
    // SHA-256 states after the key's inner and outer pad blocks (RFC 2104 section 4 allows
    // precomputing them): each HMAC clones them instead of hashing two key blocks again, as
    // javax.crypto.Mac does after every reset.
    private final MessageDigest innerStart;
    private final MessageDigest outerStart;
    private static final int STREAM_BYTES = 4096;
    private static final int SHORT_TEXT = 16;
    // A path and a dozen parameter names per platform fit; a collision only costs an encoding.
    private static final int FIXED_SLOTS = 64;
    private final String[] fixedTexts = new String[FIXED_SLOTS];
    private final byte[][] fixedBytes = new byte[FIXED_SLOTS][];
    private final boolean[] fixedIsPath = new boolean[FIXED_SLOTS];
    private final byte[] result = new byte[LENGTH];
    private MessageDigest inner;
    private final byte[] hexDigits = new byte[2 * LENGTH];
    private byte[] buffer = new byte[512];
    private int length;

    private Message(MessageDigest innerStart, MessageDigest outerStart) {
      this.innerStart = innerStart;
      this.outerStart = outerStart;
    }

    /**
     * Appends text as UTF-8.
     *
     * @param text the text
     * @return this message
     */
    public Message append(String text) {
      int n = text.length();
      if (n <= SHORT_TEXT) {
        // A short ASCII value (an app key, a method, a timestamp) is copied a character at a time,
        // cheaper than allocating its encoding; anything else falls through to the JDK.
        ensure(n);
        int at = length;
        for (int i = 0; i < n; i++) {
          char c = text.charAt(i);
          if (c >= 0x80) {
            return append(text.getBytes(StandardCharsets.UTF_8));
          }
          buffer[at + i] = (byte) c;
        }
        length = at + n;
        return this;
      }
      // The JDK encodes a longer ASCII string with a vectorised check and one copy: faster than a
      // loop over its characters, even with the array it allocates.
      return append(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Appends text that recurs from call to call as the same {@link String} object, such as an API
     * path or a parameter name written as a literal, as UTF-8. The thread keeps the bytes of the
     * last few such strings, found by the string's cached hash and matched by identity, so a
     * recurring string is encoded once rather than on every request; any other string is simply
     * encoded. Never pass a token, a secret or a value here: the thread would keep its bytes.
     *
     * @param text the text
     * @return this message
     */
    public Message appendFixed(String text) {
      int slot = text.hashCode() & (FIXED_SLOTS - 1);
      if (fixedTexts[slot] != text) {
        remember(slot, text, false);
      }
      return append(fixedBytes[slot]);
    }

    /**
     * Appends an API path, checked as {@link Checks#apiPath(String)} checks it, like {@link
     * #appendFixed(String)}: a path that recurs as the same object is checked and encoded once per
     * thread.
     *
     * @param apiPath the API path
     * @return this message
     * @throws InvalidValueException when the path is malformed
     */
    public Message appendPath(String apiPath) {
      int slot = apiPath == null ? 0 : apiPath.hashCode() & (FIXED_SLOTS - 1);
      if (apiPath == null || fixedTexts[slot] != apiPath || !fixedIsPath[slot]) {
        remember(slot, Checks.apiPath(apiPath), true); // the check throws for a bad path
      }
      return append(fixedBytes[slot]);
    }

    private void remember(int slot, String text, boolean isPath) {
      fixedTexts[slot] = text;
      fixedBytes[slot] = text.getBytes(StandardCharsets.UTF_8);
      fixedIsPath[slot] = isPath;
    }

    /**
     * Appends a number in decimal, as {@link Long#toString(long)} writes it.
     *
     * @param value the number
     * @return this message
     */
    public Message append(long value) {
      if (value < 0) {
        return append(Long.toString(value));
      }
      ensure(20);
      // Count the digits by comparison, then write them from the right two at a time: a
      // timestamp or an id takes a handful of divisions instead of two per digit.
      int digits = 1;
      while (digits < 19 && value >= POWERS_OF_TEN[digits]) {
        digits++;
      }
      int at = length + digits;
      long rest = value;
      while (rest >= 100) {
        int pair = (int) (rest % 100);
        rest /= 100;
        buffer[--at] = DECIMAL_PAIRS[2 * pair + 1];
        buffer[--at] = DECIMAL_PAIRS[2 * pair];
      }
      if (rest >= 10) {
        buffer[--at] = DECIMAL_PAIRS[2 * (int) rest + 1];
        buffer[--at] = DECIMAL_PAIRS[2 * (int) rest];
      } else {
        buffer[--at] = (byte) ('0' + rest);
      }
      length += digits;
      return this;
    }

    /**
     * Appends raw bytes (a body exactly as sent).
     *
     * @param bytes the bytes
     * @return this message
     */
    public Message append(byte[] bytes) {
      if (bytes.length > STREAM_BYTES) {
        // A webhook body can be megabytes: hash it in place rather than grow the thread's buffer.
        flush().update(bytes);
        return this;
      }
      ensure(bytes.length);
      System.arraycopy(bytes, 0, buffer, length, bytes.length);
      length += bytes.length;
      return this;
    }

    /**
     * Returns the HMAC of what was written.
     *
     * @return 32 new bytes
     */
    public byte[] mac() {
      return finish().clone();
    }

    /**
     * Returns the HMAC of what was written as hex.
     *
     * @param upperCase whether the hex letters are upper case
     * @return 64 hex digits
     */
    public String hex(boolean upperCase) {
      byte[] mac = finish();
      // One lookup per byte gives both of its digits, the high one first.
      char[] pairs = upperCase ? UPPER_PAIRS : LOWER_PAIRS;
      for (int i = 0; i < LENGTH; i++) {
        char pair = pairs[mac[i] & 0xff];
        hexDigits[2 * i] = (byte) (pair >>> 8);
        hexDigits[2 * i + 1] = (byte) pair;
      }
      // Latin-1 bytes become a compact string with one copy.
      return new String(hexDigits, StandardCharsets.ISO_8859_1);
    }

    /**
     * Tells whether hex text is the HMAC of what was written, in constant time for well-formed
     * text ({@link HmacSha256#matchesHex(byte[], String)}).
     *
     * @param givenHex hex digits in either case; may be null
     * @return whether they match
     */
    public boolean matchesHex(String givenHex) {
      return HmacSha256.matchesHex(finish(), givenHex);
    }

    private byte[] finish() {
      MessageDigest digest = flush();
      inner = null;
      try {
        digest.digest(result, 0, LENGTH);
        MessageDigest outer = copy(outerStart);
        outer.update(result, 0, LENGTH);
        outer.digest(result, 0, LENGTH);
      } catch (DigestException e) {
        // The JDK's SHA-256 digests into 32 bytes: this is a broken runtime.
        throw new IllegalStateException("SHA-256 cannot write its digest", e);
      }
      return result;
    }

    // Hashes what the buffer holds into the inner digest (started on first use) and empties it.
    private MessageDigest flush() {
      if (inner == null) {
        inner = copy(innerStart);
      }
      inner.update(buffer, 0, length);
      // The buffer may hold an access token: do not keep it past the call.
      Arrays.fill(buffer, 0, length, (byte) 0);
      length = 0;
      return inner;
    }

    private static MessageDigest copy(MessageDigest start) {
      try {
        return (MessageDigest) start.clone();
      } catch (CloneNotSupportedException e) {
        // The JDK's SHA-256 can be cloned: this is a broken runtime.
        throw new IllegalStateException("SHA-256 state cannot be copied", e);
      }
    }

    private void ensure(int more) {
      if (length + more > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
      }
    }

    /** Shows nothing of the message: it may hold a token or a secret. */
    @Override
    public String toString() {
      return "HmacSha256.Message[***]";
    }
  }

  /**
   * Returns the HMAC under a key.
   *
   * @param key the key bytes; copied, so the caller may clear its array
   * @return the HMAC
   */
  public static HmacSha256 of(byte[] key) {
    return new HmacSha256(Checks.notNull("key", key));
  }

  /**
   * Returns the HMAC under the UTF-8 bytes of a secret.
   *
   * @param secret the secret
   * @return the HMAC
   */
  public static HmacSha256 ofUtf8(String secret) {
    byte[] bytes = Checks.notNull("secret", secret).getBytes(StandardCharsets.UTF_8);
    try {
      return new HmacSha256(bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /**
   * Returns the HMAC of the UTF-8 bytes of a text.
   *
   * @param text the text
   * @return 32 bytes
   */
  public byte[] mac(String text) {
    return message().append(text).mac();
  }

  /**
   * Returns the HMAC of parts written one after the other, without joining them first.
   *
   * @param parts the parts, in order
   * @return 32 bytes
   */
  public byte[] mac(byte[]... parts) {
    Message message = message();
    for (byte[] part : parts) {
      message.append(part);
    }
    return message.mac();
  }

  /**
   * Returns the HMAC of the UTF-8 bytes of a text as hex.
   *
   * @param text the text
   * @param upperCase whether the hex letters are upper case
   * @return 64 hex digits
   */
  public String hex(String text, boolean upperCase) {
    return message().append(text).hex(upperCase);
  }

  /**
   * Writes bytes as hex, two digits per byte, so a byte below {@code 0x10} keeps its leading zero.
   *
   * @param bytes the bytes
   * @param upperCase whether the letters are upper case
   * @return the hex digits
   */
  public static String hex(byte[] bytes, boolean upperCase) {
    char[] digits = upperCase ? UPPER : LOWER;
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = digits[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = digits[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /**
   * Tells whether hex text is the given MAC; for well-formed text the comparison takes the same
   * time wherever the values differ.
   *
   * @param mac the expected MAC
   * @param givenHex hex digits in either case, surrounding white space ignored; may be null
   * @return false for null, a wrong length, a non-hex digit or a different MAC
   */
  public static boolean matchesHex(byte[] mac, String givenHex) {
    if (givenHex == null) {
      return false;
    }
    String given = givenHex.strip();
    if (given.length() != 2 * mac.length) {
      return false;
    }
    byte[] decoded = new byte[mac.length];
    for (int i = 0; i < decoded.length; i++) {
      int high = hexDigit(given.charAt(2 * i));
      int low = hexDigit(given.charAt(2 * i + 1));
      if (high < 0 || low < 0) {
        return false;
      }
      decoded[i] = (byte) ((high << 4) | low);
    }
    return MessageDigest.isEqual(mac, decoded);
  }

  // ASCII hex only: Character.digit would also take other scripts' digits.
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /**
   * Returns a map's entries in the order of their names under {@link String#compareTo}, which is
   * ASCII order for the ASCII names the platforms use. A sorted map in natural order (such as a
   * {@link java.util.TreeMap}) is walked as it is, which is the cheapest way to sign.
   *
   * @param parameters the map
   * @return its entries, sorted by name
   * @throws InvalidValueException when a name is null
   */
  @SuppressWarnings("unchecked")
  public static Iterable<Map.Entry<String, String>> inNameOrder(Map<String, String> parameters) {
    if (parameters instanceof SortedMap<String, String> sorted && sorted.comparator() == null) {
      return sorted.entrySet();
    }
    Map.Entry<String, String>[] entries = parameters.entrySet().toArray(new Map.Entry[0]);
    for (Map.Entry<String, String> entry : entries) {
      if (entry.getKey() == null) {
        throw new InvalidValueException("parameters", "must not have a null name", null);
      }
    }
    // A request has a handful of parameters: insertion sort beats the general sort's set-up.
    for (int i = 1; i < entries.length; i++) {
      Map.Entry<String, String> entry = entries[i];
      int j = i - 1;
      while (j >= 0 && entries[j].getKey().compareTo(entry.getKey()) > 0) {
        entries[j + 1] = entries[j];
        j--;
      }
      entries[j + 1] = entry;
    }
    return Arrays.asList(entries);
  }

  private static long[] powersOfTen() {
    long[] powers = new long[19];
    powers[0] = 1;
    for (int i = 1; i < powers.length; i++) {
      powers[i] = powers[i - 1] * 10;
    }
    return powers;
  }

  private static byte[] decimalPairs() {
    byte[] pairs = new byte[200];
    for (int n = 0; n < 100; n++) {
      pairs[2 * n] = (byte) ('0' + n / 10);
      pairs[2 * n + 1] = (byte) ('0' + n % 10);
    }
    return pairs;
  }

  private static char[] digitPairs(char[] digits) {
    char[] pairs = new char[256];
    for (int b = 0; b < 256; b++) {
      pairs[b] = (char) ((digits[b >> 4] << 8) | digits[b & 0xf]);
    }
    return pairs;
  }

  // RFC 2104: a key longer than the 64-byte block is hashed first; the block is zero-padded.
  private static byte[] keyBlock(byte[] key) {
    byte[] block = new byte[64];
    byte[] source = key.length > block.length ? sha256().digest(key) : key;
    System.arraycopy(source, 0, block, 0, source.length);
    return block;
  }

  private static MessageDigest padded(byte[] keyBlock, int pad) {
    byte[] block = new byte[keyBlock.length];
    for (int i = 0; i < block.length; i++) {
      block[i] = (byte) (keyBlock[i] ^ pad);
    }
    MessageDigest digest = sha256();
    digest.update(block);
    Arrays.fill(block, (byte) 0);
    return digest;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** Shows the algorithm only, never the key. */
  @Override
  public String toString() {
    return "HmacSha256[key=***]";
  }
}
