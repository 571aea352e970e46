package io.github.craftmark.provenance.internal.cbor;

import io.github.craftmark.core.InvalidValueException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads exactly one CBOR data item (RFC 8949), strictly and within {@link CborLimits}.
 *
 * <p>The caller pulls items in the order it expects them: {@link #readMapHeader()} then, for each
 * entry, the key and the value, and so on; {@link #skip()} passes over one whole item. The reader
 * keeps track of open containers to enforce the depth limit and map key order, and {@link
 * #expectEnd()} checks that every container was read to its end and that no bytes follow the item.
 *
 * <p>Rejected, each with a {@link CborException} naming the offset: input longer than the limit;
 * indefinite lengths; integers, lengths and tags not in their shortest form; reserved additional
 * information 28–30; floating-point numbers and simple values other than {@code false}, {@code true}
 * and {@code null}; invalid UTF-8; containers deeper, strings longer or containers larger than the
 * limits; map keys out of order or repeated (when the limits ask for sorted keys); a string or
 * container whose announced length exceeds the bytes left (checked before anything is allocated);
 * and bytes after the item. Not thread-safe.
 */
public final class CborReader {

  private final byte[] input;
  private final int end;
  private final CborLimits limits;
  private int position;

  /** Whether the single top-level item has been read completely. */
  private boolean done;

  // The open containers and tags, innermost last. For each: items still to read (a map entry
  // counts twice, key and value), whether it is a map, and for maps the encoded range of the
  // previous key and the start of the key being read.
  private final long[] remaining;
  private final boolean[] isMap;
  private final int[] previousKeyStart;
  private final int[] previousKeyEnd;
  private final int[] keyStart;
  private int depth;

  /**
   * Creates a reader over the whole array.
   *
   * @param input the encoded item; not copied, so it must not change while it is read
   * @param limits the bounds to enforce
   * @throws CborException when the input is longer than {@link CborLimits#maxInputBytes()}
   */
  public CborReader(byte[] input, CborLimits limits) {
    this(input, 0, input == null ? 0 : input.length, limits);
  }

  /**
   * Creates a reader over part of an array.
   *
   * @param input the array; not copied, so it must not change while it is read
   * @param offset where the encoded item starts
   * @param length how many bytes the item and nothing else takes
   * @param limits the bounds to enforce
   * @throws CborException when {@code length} is more than {@link CborLimits#maxInputBytes()}
   */
  public CborReader(byte[] input, int offset, int length, CborLimits limits) {
    if (input == null) {
      throw new InvalidValueException("input", "must not be null", null);
    }
    if (limits == null) {
      throw new InvalidValueException("limits", "must not be null", null);
    }
    if (offset < 0 || length < 0 || offset > input.length - length) {
      throw InvalidValueException.withoutValue(
          "range",
          "offset " + offset + " and length " + length + " must lie within the array of "
              + input.length + " bytes");
    }
    if (length > limits.maxInputBytes()) {
      throw new CborException(
          "input must be at most " + limits.maxInputBytes() + " bytes, found " + length, 0);
    }
    this.input = input;
    this.position = offset;
    this.end = offset + length;
    this.limits = limits;
    int frames = Math.min(limits.maxDepth(), Math.max(length, 1));
    this.remaining = new long[frames];
    this.isMap = new boolean[frames];
    this.previousKeyStart = new int[frames];
    this.previousKeyEnd = new int[frames];
    this.keyStart = new int[frames];
  }

  /**
   * Returns the offset of the next byte to read, for error messages.
   *
   * @return the offset in the array given to the constructor
   */
  public int offset() {
    return position;
  }

  /**
   * Returns the depth of the current position: 0 outside any container, 1 inside a top-level
   * container, and so on.
   *
   * @return the number of open containers and tags
   */
  public int depth() {
    return depth;
  }

  /**
   * Returns the kind of the next item without reading it.
   *
   * @return the type
   * @throws CborException when there is no next item or its initial byte is not accepted
   */
  public CborType peekType() {
    int initial = peekInitial();
    int major = initial >>> 5;
    int info = initial & 0x1f;
    switch (major) {
      case CborMajor.UNSIGNED:
        return CborType.UNSIGNED_INTEGER;
      case CborMajor.NEGATIVE:
        return CborType.NEGATIVE_INTEGER;
      case CborMajor.BYTES:
        return CborType.BYTE_STRING;
      case CborMajor.TEXT:
        return CborType.TEXT_STRING;
      case CborMajor.ARRAY:
        return CborType.ARRAY;
      case CborMajor.MAP:
        return CborType.MAP;
      case CborMajor.TAG:
        return CborType.TAG;
      default:
        if (info == 20 || info == 21) {
          return CborType.BOOLEAN;
        } else if (info == 22) {
          return CborType.NULL;
        }
        throw unsupportedSimple(info);
    }
  }

  /**
   * Reads an unsigned integer (major type 0).
   *
   * @return the value, 0 to {@link Long#MAX_VALUE}
   * @throws CborException when the next item is something else or does not fit in a {@code long}
   */
  public long readUnsigned() {
    int start = position;
    long value = readHead(CborMajor.UNSIGNED, "an unsigned integer");
    if (value < 0) {
      throw new CborException("integer must fit in a signed 64-bit value", start);
    }
    itemDone(start);
    return value;
  }

  /**
   * Reads an integer, unsigned (major type 0) or negative (major type 1).
   *
   * @return the value
   * @throws CborException when the next item is not an integer or does not fit in a {@code long}
   */
  public long readInt() {
    int start = position;
    int major = peekInitial() >>> 5;
    if (major != CborMajor.UNSIGNED && major != CborMajor.NEGATIVE) {
      throw new CborException("expected an integer, found " + describe(peekInitial()), start);
    }
    long argument = readHead(major, "an integer");
    if (argument < 0) {
      throw new CborException("integer must fit in a signed 64-bit value", start);
    }
    itemDone(start);
    return major == CborMajor.UNSIGNED ? argument : ~argument;
  }

  /**
   * Reads an integer that must lie within {@code min..max}.
   *
   * @param min the smallest value accepted
   * @param max the largest value accepted
   * @return the value
   * @throws CborException when the next item is not an integer in range
   */
  public long readInt(long min, long max) {
    int start = position;
    long value = readInt();
    if (value < min || value > max) {
      throw new CborException("integer must be " + min + ".." + max + ", found " + value, start);
    }
    return value;
  }

  /**
   * Reads a byte string (major type 2).
   *
   * @return a copy of its bytes
   * @throws CborException when the next item is something else or is too long
   */
  public byte[] readBytes() {
    int start = position;
    int length = readStringLength(CborMajor.BYTES, "a byte string");
    byte[] value = Arrays.copyOfRange(input, position, position + length);
    position += length;
    itemDone(start);
    return value;
  }

  /**
   * Reads a text string (major type 3) and checks that it is valid UTF-8.
   *
   * @return the text
   * @throws CborException when the next item is something else, is too long or is not UTF-8
   */
  public String readText() {
    int start = position;
    int length = readStringLength(CborMajor.TEXT, "a text string");
    String value = decodeUtf8(position, length);
    position += length;
    itemDone(start);
    return value;
  }

  /**
   * Reads the header of an array; the caller then reads its items.
   *
   * @return the number of items
   * @throws CborException when the next item is not an array, or it has too many items or is too
   *     deep
   */
  public int readArrayHeader() {
    return readContainerHeader(CborMajor.ARRAY, "an array");
  }

  /**
   * Reads the header of a map; the caller then reads each key followed by its value.
   *
   * @return the number of entries (key-value pairs)
   * @throws CborException when the next item is not a map, or it has too many entries or is too deep
   */
  public int readMapHeader() {
    return readContainerHeader(CborMajor.MAP, "a map");
  }

  /**
   * Reads a tag (major type 6); the caller then reads the tagged item.
   *
   * @return the tag number
   * @throws CborException when the next item is not a tag, the tag does not fit in a {@code long}
   *     or the nesting is too deep
   */
  public long readTag() {
    int start = position;
    noteKeyStart(start);
    long tag = readHead(CborMajor.TAG, "a tag");
    if (tag < 0) {
      throw new CborException("tag must fit in a signed 64-bit value", start);
    }
    push(1, false, start);
    return tag;
  }

  /**
   * Reads {@code false} or {@code true}.
   *
   * @return the value
   * @throws CborException when the next item is something else
   */
  public boolean readBoolean() {
    int start = position;
    int initial = peekInitial();
    if (initial != 0xf4 && initial != 0xf5) {
      throw new CborException("expected a boolean, found " + describe(initial), start);
    }
    noteKeyStart(start);
    position++;
    itemDone(start);
    return initial == 0xf5;
  }

  /**
   * Reads {@code null}.
   *
   * @throws CborException when the next item is something else
   */
  public void readNull() {
    int start = position;
    int initial = peekInitial();
    if (initial != 0xf6) {
      throw new CborException("expected null, found " + describe(initial), start);
    }
    noteKeyStart(start);
    position++;
    itemDone(start);
  }

  /**
   * Reads past one whole data item, checking it as strictly as the other reads do.
   *
   * @throws CborException when the item breaks a rule
   */
  public void skip() {
    int startDepth = depth;
    do {
      switch (peekType()) {
        case UNSIGNED_INTEGER:
        case NEGATIVE_INTEGER:
          readInt();
          break;
        case BYTE_STRING:
          skipBytes();
          break;
        case TEXT_STRING:
          readText();
          break;
        case ARRAY:
          readArrayHeader();
          break;
        case MAP:
          readMapHeader();
          break;
        case TAG:
          readTag();
          break;
        case BOOLEAN:
          readBoolean();
          break;
        case NULL:
          readNull();
          break;
      }
    } while (depth > startDepth);
  }

  /**
   * Checks that the item has been read completely, every container to its end, and that no bytes
   * follow it.
   *
   * @throws CborException when something is left
   */
  public void expectEnd() {
    if (depth > 0) {
      throw new CborException(
          "container not read to its end (" + remaining[depth - 1] + " items left)", position);
    }
    if (!done) {
      throw new CborException("expected a data item, found the end of the input", position);
    }
    if (position != end) {
      throw new CborException("unexpected bytes after the data item", position);
    }
  }

  private void skipBytes() {
    int start = position;
    int length = readStringLength(CborMajor.BYTES, "a byte string");
    position += length;
    itemDone(start);
  }

  private int readContainerHeader(int major, String expected) {
    int start = position;
    noteKeyStart(start);
    long count = readHead(major, expected);
    if (count < 0 || count > limits.maxItems()) {
      throw new CborException(
          expected.substring(expected.indexOf(' ') + 1)
              + " must have at most "
              + limits.maxItems()
              + (major == CborMajor.MAP ? " entries" : " items")
              + ", found "
              + Long.toUnsignedString(count),
          start);
    }
    long items = major == CborMajor.MAP ? count * 2 : count;
    // Every item takes at least one byte: a larger count cannot be honest.
    if (items > end - position) {
      throw new CborException(
          expected.substring(expected.indexOf(' ') + 1)
              + " of "
              + count
              + (major == CborMajor.MAP ? " entries" : " items")
              + " needs at least "
              + items
              + " more bytes, found "
              + (end - position),
          start);
    }
    if (items == 0) {
      checkDepth(start);
      itemDone(start);
    } else {
      push(items, major == CborMajor.MAP, start);
    }
    return (int) count;
  }

  private int readStringLength(int major, String expected) {
    int start = position;
    noteKeyStart(start);
    long length = readHead(major, expected);
    if (length < 0 || length > limits.maxStringBytes()) {
      throw new CborException(
          "string must be at most "
              + limits.maxStringBytes()
              + " bytes, found "
              + Long.toUnsignedString(length),
          start);
    }
    if (length > end - position) {
      throw new CborException(
          "string announces " + length + " bytes but only " + (end - position) + " follow", start);
    }
    return (int) length;
  }

  /**
   * Reads the initial byte and its argument, which must be in shortest form. Returns the argument
   * as an unsigned 64-bit value (negative when above {@link Long#MAX_VALUE}).
   */
  private long readHead(int major, String expected) {
    int start = position;
    int initial = peekInitial();
    if (initial >>> 5 != major) {
      throw new CborException("expected " + expected + ", found " + describe(initial), start);
    }
    noteKeyStart(start);
    int info = initial & 0x1f;
    position++;
    if (info < 24) {
      return info;
    }
    int size;
    long minimum;
    switch (info) {
      case 24:
        size = 1;
        minimum = 24;
        break;
      case 25:
        size = 2;
        minimum = 0x100;
        break;
      case 26:
        size = 4;
        minimum = 0x10000;
        break;
      case 27:
        size = 8;
        minimum = 0x1_0000_0000L;
        break;
      case 31:
        throw new CborException("indefinite length is not allowed", start);
      default:
        throw new CborException("reserved additional information " + info, start);
    }
    if (end - position < size) {
      throw new CborException("truncated: the head needs " + size + " more bytes", start);
    }
    long value = 0;
    for (int i = 0; i < size; i++) {
      value = (value << 8) | (input[position++] & 0xff);
    }
    if (Long.compareUnsigned(value, minimum) < 0) {
      throw new CborException("value " + value + " is not in its shortest form", start);
    }
    return value;
  }

  private int peekInitial() {
    if (done) {
      throw new CborException(
          position < end
              ? "unexpected bytes after the data item"
              : "the data item was read already",
          position);
    }
    if (position >= end) {
      throw new CborException("unexpected end of input", position);
    }
    int initial = input[position] & 0xff;
    if (initial >>> 5 == CborMajor.SIMPLE
        && initial != 0xf4
        && initial != 0xf5
        && initial != 0xf6) {
      throw unsupportedSimple(initial & 0x1f);
    }
    return initial;
  }

  private CborException unsupportedSimple(int info) {
    String what;
    if (info >= 25 && info <= 27) {
      what = "floating-point numbers are not allowed";
    } else if (info == 31) {
      what = "a break outside an indefinite-length item is not allowed";
    } else if (info >= 28) {
      what = "reserved additional information " + info;
    } else {
      what = "simple value " + (info == 24 ? "with a one-byte argument" : info) + " is not allowed";
    }
    return new CborException(what, position);
  }

  /** Remembers where a map key starts, if the next item is one. */
  private void noteKeyStart(int start) {
    if (depth > 0
        && isMap[depth - 1]
        && (remaining[depth - 1] & 1) == 0
        && keyStart[depth - 1] < 0) {
      keyStart[depth - 1] = start;
    }
  }

  private void push(long items, boolean map, int start) {
    checkDepth(start);
    remaining[depth] = items;
    isMap[depth] = map;
    previousKeyStart[depth] = -1;
    previousKeyEnd[depth] = -1;
    keyStart[depth] = -1;
    depth++;
  }

  private void checkDepth(int start) {
    if (depth >= limits.maxDepth()) {
      throw new CborException("nesting must be at most " + limits.maxDepth() + " deep", start);
    }
    if (depth >= remaining.length) {
      // Unreachable: each open level takes a byte and needs one more; kept as a guard.
      throw new CborException("unexpected end of input", start);
    }
  }

  /** Counts a completed item against the open containers, closing those it completes. */
  private void itemDone(int start) {
    while (true) {
      if (depth == 0) {
        done = true;
        return;
      }
      int top = depth - 1;
      if (isMap[top] && (remaining[top] & 1) == 0) {
        checkKeyOrder(top);
      }
      if (--remaining[top] > 0) {
        return;
      }
      depth--;
    }
  }

  /** The key just completed spans keyStart..position; it must sort after the previous key. */
  private void checkKeyOrder(int frame) {
    int start = keyStart[frame];
    keyStart[frame] = -1;
    if (limits.sortedMapKeys() && previousKeyStart[frame] >= 0) {
      int order = Arrays.compareUnsigned(
          input, previousKeyStart[frame], previousKeyEnd[frame], input, start, position);
      if (order >= 0) {
        throw new CborException(
            order == 0 ? "duplicate map key" : "map keys must be in deterministic order", start);
      }
    }
    previousKeyStart[frame] = start;
    previousKeyEnd[frame] = position;
  }

  private String decodeUtf8(int offset, int length) {
    boolean ascii = true;
    for (int i = offset; i < offset + length; i++) {
      if (input[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(input, offset, length, StandardCharsets.US_ASCII);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(input, offset, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CborException("text string is not valid UTF-8", offset);
    }
  }

  private static String describe(int initial) {
    return "major type " + (initial >>> 5) + " (initial byte 0x" + String.format("%02x", initial)
        + ")";
  }
}
