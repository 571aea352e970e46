package io.github.craftmark.provenance.internal.cbor;

import io.github.craftmark.core.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes deterministically encoded CBOR (RFC 8949 §4.2.1) into a growable byte array.
 *
 * <p>Every length is definite and every integer, length and tag uses its shortest form. The writer
 * does not sort map keys: callers write them in deterministic order (for small integer keys:
 * ascending, unsigned before negative) and write exactly as many items as each header announced.
 * Not thread-safe; reuse one per thread with {@link #reset()}.
 */
public final class CborWriter {

  private byte[] buffer;
  private int size;

  /** Creates a writer with room for 128 bytes before it grows. */
  public CborWriter() {
    this(128);
  }

  /**
   * Creates a writer with room for {@code initialCapacity} bytes before it grows.
   *
   * @param initialCapacity the initial buffer size in bytes
   */
  public CborWriter(int initialCapacity) {
    if (initialCapacity < 0) {
      throw new InvalidValueException("initialCapacity", "must not be negative", initialCapacity);
    }
    this.buffer = new byte[Math.max(initialCapacity, 16)];
  }

  /**
   * Writes an unsigned integer (major type 0).
   *
   * @param value the value, at least 0
   * @return this writer
   */
  public CborWriter writeUnsigned(long value) {
    if (value < 0) {
      throw new InvalidValueException("value", "must not be negative", value);
    }
    writeHead(CborMajor.UNSIGNED, value);
    return this;
  }

  /**
   * Writes an integer: major type 0 when it is at least 0, else major type 1.
   *
   * @param value the value
   * @return this writer
   */
  public CborWriter writeInt(long value) {
    if (value >= 0) {
      writeHead(CborMajor.UNSIGNED, value);
    } else {
      // -1 - value, written without overflow for Long.MIN_VALUE.
      writeHead(CborMajor.NEGATIVE, ~value);
    }
    return this;
  }

  /**
   * Writes a byte string (major type 2).
   *
   * @param value the bytes
   * @return this writer
   */
  public CborWriter writeBytes(byte[] value) {
    return writeBytes(value, 0, value.length);
  }

  /**
   * Writes part of an array as a byte string (major type 2).
   *
   * @param value the array
   * @param offset where the bytes start
   * @param length how many bytes
   * @return this writer
   */
  public CborWriter writeBytes(byte[] value, int offset, int length) {
    if (offset < 0 || length < 0 || offset > value.length - length) {
      throw InvalidValueException.withoutValue(
          "range",
          "offset " + offset + " and length " + length + " must lie within the array of "
              + value.length + " bytes");
    }
    writeHead(CborMajor.BYTES, length);
    appendRaw(value, offset, length);
    return this;
  }

  /**
   * Writes a text string (major type 3) as UTF-8.
   *
   * @param value the text; an unpaired surrogate is rejected rather than replaced
   * @return this writer
   */
  public CborWriter writeText(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw InvalidValueException.withoutValue(
            "text", "must not contain an unpaired surrogate (at index " + i + ")");
      }
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    writeHead(CborMajor.TEXT, utf8.length);
    appendRaw(utf8, 0, utf8.length);
    return this;
  }

  /**
   * Writes the header of an array of {@code count} items; the caller then writes the items.
   *
   * @param count the number of items
   * @return this writer
   */
  public CborWriter writeArrayHeader(int count) {
    if (count < 0) {
      throw new InvalidValueException("count", "must not be negative", count);
    }
    writeHead(CborMajor.ARRAY, count);
    return this;
  }

  /**
   * Writes the header of a map of {@code count} entries; the caller then writes each key followed
   * by its value, keys in deterministic order.
   *
   * @param count the number of entries (key-value pairs)
   * @return this writer
   */
  public CborWriter writeMapHeader(int count) {
    if (count < 0) {
      throw new InvalidValueException("count", "must not be negative", count);
    }
    writeHead(CborMajor.MAP, count);
    return this;
  }

  /**
   * Writes a tag (major type 6); the caller then writes the tagged item.
   *
   * @param tag the tag number, at least 0
   * @return this writer
   */
  public CborWriter writeTag(long tag) {
    if (tag < 0) {
      throw new InvalidValueException("tag", "must not be negative", tag);
    }
    writeHead(CborMajor.TAG, tag);
    return this;
  }

  /**
   * Writes {@code false} or {@code true}.
   *
   * @param value the value
   * @return this writer
   */
  public CborWriter writeBoolean(boolean value) {
    ensure(1);
    buffer[size++] = (byte) (value ? 0xf5 : 0xf4);
    return this;
  }

  /**
   * Writes {@code null}.
   *
   * @return this writer
   */
  public CborWriter writeNull() {
    ensure(1);
    buffer[size++] = (byte) 0xf6;
    return this;
  }

  /**
   * Appends bytes that already are CBOR, such as a data item encoded earlier or the entries of a
   * map; the caller answers for their validity.
   *
   * @param encoded the encoded bytes
   * @return this writer
   */
  public CborWriter writeEncoded(byte[] encoded) {
    appendRaw(encoded, 0, encoded.length);
    return this;
  }

  /**
   * Appends part of an array of bytes that already are CBOR.
   *
   * @param encoded the array
   * @param offset where the bytes start
   * @param length how many bytes
   * @return this writer
   */
  public CborWriter writeEncoded(byte[] encoded, int offset, int length) {
    if (offset < 0 || length < 0 || offset > encoded.length - length) {
      throw InvalidValueException.withoutValue(
          "range",
          "offset " + offset + " and length " + length + " must lie within the array of "
              + encoded.length + " bytes");
    }
    appendRaw(encoded, offset, length);
    return this;
  }

  /**
   * Returns the number of bytes written so far.
   *
   * @return the size in bytes
   */
  public int size() {
    return size;
  }

  /**
   * Returns a copy of the bytes written so far.
   *
   * @return the encoding
   */
  public byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }

  /**
   * Forgets what was written, keeping the buffer for reuse.
   *
   * @return this writer
   */
  public CborWriter reset() {
    size = 0;
    return this;
  }

  /**
   * Returns how many bytes the shortest head (initial byte and argument) for {@code argument} takes.
   *
   * @param argument the integer value, length or tag number, at least 0
   * @return 1, 2, 3, 5 or 9
   */
  public static int headLength(long argument) {
    if (argument < 0) {
      throw new InvalidValueException("argument", "must not be negative", argument);
    }
    if (argument < 24) {
      return 1;
    } else if (argument < 0x100) {
      return 2;
    } else if (argument < 0x10000) {
      return 3;
    } else if (argument < 0x1_0000_0000L) {
      return 5;
    }
    return 9;
  }

  /** Writes the initial byte and the argument, read as unsigned, in its shortest form. */
  private void writeHead(int major, long argument) {
    ensure(9);
    int mt = major << 5;
    byte[] b = buffer;
    int p = size;
    if (argument >= 0 && argument < 24) {
      b[p++] = (byte) (mt | (int) argument);
    } else if (argument >= 0 && argument < 0x100) {
      b[p++] = (byte) (mt | 24);
      b[p++] = (byte) argument;
    } else if (argument >= 0 && argument < 0x10000) {
      b[p++] = (byte) (mt | 25);
      b[p++] = (byte) (argument >>> 8);
      b[p++] = (byte) argument;
    } else if (argument >= 0 && argument < 0x1_0000_0000L) {
      b[p++] = (byte) (mt | 26);
      b[p++] = (byte) (argument >>> 24);
      b[p++] = (byte) (argument >>> 16);
      b[p++] = (byte) (argument >>> 8);
      b[p++] = (byte) argument;
    } else {
      b[p++] = (byte) (mt | 27);
      for (int shift = 56; shift >= 0; shift -= 8) {
        b[p++] = (byte) (argument >>> shift);
      }
    }
    size = p;
  }

  private void appendRaw(byte[] source, int offset, int length) {
    ensure(length);
    System.arraycopy(source, offset, buffer, size, length);
    size += length;
  }

  private void ensure(int extra) {
    int needed = size + extra;
    if (needed < 0) {
      throw new InvalidValueException("size", "must fit in an array", "over 2 GiB");
    }
    if (needed > buffer.length) {
      int grown = buffer.length << 1;
      buffer = Arrays.copyOf(buffer, grown < needed || grown < 0 ? needed : grown);
    }
  }
}
