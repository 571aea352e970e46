package io.github.craftmark.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.github.craftmark.core.CraftMarkException;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Maps single-valued types (ids, codes, money) to a JSON string or number, so that {@code
 * ProducerId("hh-001")} is written as {@code "hh-001"}, not {@code {"value":"hh-001"}}.
 */
public final class ScalarJson {
  private ScalarJson() {}

  /**
   * Registers {@code type} as a JSON string, written by {@code toText} and read by {@code parse}.
   */
  public static <T> void asString(
      SimpleModule module, Class<T> type, Function<T, String> toText, Function<String, T> parse) {
    module.addSerializer(type, new StdScalarSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        gen.writeString(toText.apply(value));
      }
    });
    module.addDeserializer(type, new StdScalarDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return type.cast(ctxt.handleUnexpectedToken(type, p));
        }
        String text = p.getText();
        try {
          return parse.apply(text);
        } catch (CraftMarkException e) {
          throw ctxt.weirdStringException(text, type, e.getMessage());
        }
      }
    });
  }

  /**
   * Registers {@code type} as a JSON integer, written by {@code toNumber} and read by {@code of}.
   */
  public static <T> void asLong(
      SimpleModule module, Class<T> type, ToLongFunction<T> toNumber, LongFunction<T> of) {
    module.addSerializer(type, new StdScalarSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        gen.writeNumber(toNumber.applyAsLong(value));
      }
    });
    module.addDeserializer(type, new StdScalarDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
          return type.cast(ctxt.handleUnexpectedToken(type, p));
        }
        long number = p.getLongValue();
        try {
          return of.apply(number);
        } catch (CraftMarkException e) {
          throw ctxt.weirdNumberException(number, type, e.getMessage());
        }
      }
    });
  }
}
