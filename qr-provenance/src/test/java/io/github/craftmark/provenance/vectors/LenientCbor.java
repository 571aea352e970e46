package io.github.craftmark.provenance.vectors;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A small, permissive CBOR reader written apart from the production one, so that the vectors are
 * compared by what the bytes mean rather than by the bytes, as the EU DCC test procedure asks for
 * maps: two maps with the same entries in another order are equal, a map with a repeated key is
 * not equal to one without. It reads every major type, indefinite lengths and non-shortest heads;
 * it never judges whether an encoding is canonical (the production reader does that).
 */
final class LenientCbor {
  /** A byte string, compared by content. */
  record Bstr(String hex) {}

  /** A tagged item. */
  record Tagged(BigInteger tag, Object value) {}

  /** A float or simple value, by its major-7 additional info and raw bits. */
  record Simple(int info, long bits) {}

  /** A map, as its entries sorted by key so that the order of the encoding does not matter. */
  record CborMap(List<Map.Entry<Object, Object>> entries) {}

  private static final Object BREAK = new Object();

  private final byte[] in;
  private int pos;

  private LenientCbor(byte[] in, int pos) {
    this.in = in;
    this.pos = pos;
  }

  /**
   * Decodes every top-level item of {@code bytes}: one item normally, more when bytes trail.
   *
   * @throws IllegalArgumentException when the bytes are truncated or not CBOR at all
   */
  static List<Object> decodeAll(byte[] bytes) {
    LenientCbor reader = new LenientCbor(bytes, 0);
    List<Object> items = new ArrayList<>();
    while (reader.pos < bytes.length) {
      Object item = reader.item();
      if (item == BREAK) {
        throw new IllegalArgumentException("break outside an indefinite-length item");
      }
      items.add(item);
    }
    return items;
  }

  /** Decodes exactly one item that fills {@code bytes}. */
  static Object decodeOne(byte[] bytes) {
    List<Object> items = decodeAll(bytes);
    if (items.size() != 1) {
      throw new IllegalArgumentException("expected one CBOR item, found " + items.size());
    }
    return items.get(0);
  }

  /** Returns the offset after the item that starts at {@code offset}. */
  static int skip(byte[] bytes, int offset) {
    LenientCbor reader = new LenientCbor(bytes, offset);
    if (reader.item() == BREAK) {
      throw new IllegalArgumentException("break outside an indefinite-length item");
    }
    return reader.pos;
  }

  private int next() {
    if (pos >= in.length) {
      throw new IllegalArgumentException("CBOR truncated at offset " + pos);
    }
    return in[pos++] & 0xFF;
  }

  private BigInteger argument(int info) {
    if (info < 24) {
      return BigInteger.valueOf(info);
    }
    if (info > 27) {
      throw new IllegalArgumentException("reserved additional info " + info);
    }
    int length = 1 << (info - 24);
    BigInteger value = BigInteger.ZERO;
    for (int i = 0; i < length; i++) {
      value = value.shiftLeft(8).or(BigInteger.valueOf(next()));
    }
    return value;
  }

  private byte[] take(BigInteger length) {
    if (length.compareTo(BigInteger.valueOf(in.length - pos)) > 0) {
      throw new IllegalArgumentException("string runs past the end at offset " + pos);
    }
    int n = length.intValueExact();
    byte[] out = new byte[n];
    System.arraycopy(in, pos, out, 0, n);
    pos += n;
    return out;
  }

  private Object item() {
    int initial = next();
    int major = initial >>> 5;
    int info = initial & 0x1F;
    if (major == 7) {
      if (info == 31) {
        return BREAK;
      }
      return new Simple(info, info < 24 ? info : argument(info).longValue());
    }
    if (info == 31) {
      return indefinite(major);
    }
    BigInteger arg = argument(info);
    switch (major) {
      case 0:
        return arg;
      case 1:
        return BigInteger.ONE.negate().subtract(arg);
      case 2:
        return new Bstr(HexFormat.of().formatHex(take(arg)));
      case 3:
        return new String(take(arg), StandardCharsets.UTF_8);
      case 4:
        return array(arg.intValueExact());
      case 5:
        return map(arg.intValueExact());
      default:
        return new Tagged(arg, item());
    }
  }

  private Object indefinite(int major) {
    switch (major) {
      case 2:
      case 3:
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (Object chunk = item(); chunk != BREAK; chunk = item()) {
          if (major == 2 && chunk instanceof Bstr b) {
            joined.writeBytes(HexFormat.of().parseHex(b.hex()));
          } else if (major == 3 && chunk instanceof String s) {
            joined.writeBytes(s.getBytes(StandardCharsets.UTF_8));
          } else {
            throw new IllegalArgumentException("bad chunk in an indefinite-length string");
          }
        }
        byte[] bytes = joined.toByteArray();
        return major == 2
            ? new Bstr(HexFormat.of().formatHex(bytes))
            : new String(bytes, StandardCharsets.UTF_8);
      case 4:
        List<Object> items = new ArrayList<>();
        for (Object element = item(); element != BREAK; element = item()) {
          items.add(element);
        }
        return items;
      case 5:
        List<Map.Entry<Object, Object>> entries = new ArrayList<>();
        for (Object key = item(); key != BREAK; key = item()) {
          entries.add(Map.entry(key, value()));
        }
        return sorted(entries);
      default:
        throw new IllegalArgumentException("indefinite length on major type " + major);
    }
  }

  private Object value() {
    Object value = item();
    if (value == BREAK) {
      throw new IllegalArgumentException("map key without a value");
    }
    return value;
  }

  private List<Object> array(int count) {
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(value());
    }
    return items;
  }

  private CborMap map(int count) {
    List<Map.Entry<Object, Object>> entries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      entries.add(Map.entry(value(), value()));
    }
    return sorted(entries);
  }

  private static CborMap sorted(List<Map.Entry<Object, Object>> entries) {
    List<Map.Entry<Object, Object>> copy = new ArrayList<>(entries);
    copy.sort(Comparator.comparing(e -> e.getKey().getClass().getSimpleName() + ":" + e.getKey()));
    return new CborMap(List.copyOf(copy));
  }
}
