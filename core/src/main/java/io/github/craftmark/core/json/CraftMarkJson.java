package io.github.craftmark.core.json;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.internal.json.CraftMarkModule;

/**
 * The one entry point for JSON: configures a Jackson {@link ObjectMapper} to read and write every
 * CraftMark core type in the format specified in {@code docs/json-format.md}.
 *
 * <p>The format: field names as the types' components; dates and times ISO-8601 text; money as an
 * integer number of đồng; identifiers and codes as strings; absent optional values left out;
 * unknown fields ignored on read so that newer writers do not break older readers. Values are
 * validated when read, exactly as when built in code.
 *
 * <pre>{@code
 * ObjectMapper mapper = CraftMarkJson.newObjectMapper();
 * String json = mapper.writeValueAsString(product);
 * Product back = mapper.readValue(json, Product.class);
 * }</pre>
 */
public final class CraftMarkJson {
  private CraftMarkJson() {}

  /**
   * Returns a new {@link ObjectMapper} configured for CraftMark types.
   *
   * @return a new mapper; callers may configure it further
   */
  public static ObjectMapper newObjectMapper() {
    return configure(new ObjectMapper());
  }

  /**
   * Configures the caller's mapper for CraftMark types and returns it.
   *
   * <p>Registers the Java time and {@code Optional} modules (unless already registered) and
   * CraftMark's own module. The format's rules (absent optional values left out, unknown fields
   * ignored on read, dates as ISO-8601 text) apply to CraftMark's types only: the mapper's
   * features, inclusion and creator settings are left as they are, so the JSON of the
   * application's own types does not change.
   *
   * @param mapper the mapper to configure, not null
   * @return {@code mapper}, for chaining
   */
  public static ObjectMapper configure(ObjectMapper mapper) {
    Checks.notNull("mapper", mapper);
    mapper.registerModule(new JavaTimeModule());
    mapper.registerModule(new Jdk8Module());
    mapper.registerModule(module());
    return mapper;
  }

  /**
   * Returns CraftMark's Jackson module alone, for callers that manage their own mapper set-up. It
   * needs Jackson's Java time and {@code Optional} modules beside it; {@link
   * #configure(ObjectMapper)} registers all three.
   *
   * @return a new module instance
   */
  public static Module module() {
    return new CraftMarkModule();
  }
}
