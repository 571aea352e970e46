package io.github.craftmark.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.craftmark.core.CraftMarkException;
import io.github.craftmark.core.brand.BrandRegistry;
import io.github.craftmark.core.brand.BrandUseAuthorisation;
import io.github.craftmark.core.brand.VillageBrand;
import java.io.IOException;
import java.util.List;

/**
 * Maps {@link BrandRegistry}, a class with indexes, to its data: {@code {"brands": [...],
 * "authorisations": [...]}}. The brand records map naturally.
 */
public final class BrandJson {
  private BrandJson() {}

  /**
   * The registry's data as written in JSON.
   *
   * @param brands the brands
   * @param authorisations the authorisations
   */
  public record RegistryData(
      List<VillageBrand> brands, List<BrandUseAuthorisation> authorisations) {}

  /** Registers the registry's serializer and deserializer in {@code module}. */
  public static void register(SimpleModule module) {
    module.addSerializer(BrandRegistry.class, new StdSerializer<>(BrandRegistry.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(BrandRegistry value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        provider.defaultSerializeValue(
            new RegistryData(value.brands(), value.authorisations()), gen);
      }
    });
    module.addDeserializer(BrandRegistry.class, new StdDeserializer<>(BrandRegistry.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public BrandRegistry deserialize(JsonParser p, DeserializationContext ctxt)
          throws IOException {
        RegistryData data = ctxt.readValue(p, RegistryData.class);
        try {
          return BrandRegistry.of(data.brands(), data.authorisations());
        } catch (CraftMarkException e) {
          throw JsonMappingException.from(p, e.getMessage(), e);
        }
      }
    });
  }
}
