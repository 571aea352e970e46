package io.github.craftmark.core.internal.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import java.time.temporal.TemporalAccessor;

/**
 * The format rules of docs/json-format.md, applied to CraftMark's own types only.
 *
 * <p>A user's mapper may hold other types with other settings (timestamps for dates, nulls written,
 * unknown fields rejected). Setting those features mapper-wide would silently change the user's own
 * JSON, so each rule is attached here, as if CraftMark's types carried the annotations: absent
 * optionals left out, unknown fields ignored, dates as ISO-8601 text whatever the mapper's date
 * features say.
 */
final class CraftMarkFormat extends NopAnnotationIntrospector {
  private static final long serialVersionUID = 1L;

  private static final String PACKAGE = "io.github.craftmark.";

  private static final JsonInclude.Value NON_ABSENT =
      JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS);

  private static final JsonFormat.Value DATE_AS_TEXT = JsonFormat.Value.forShape(
          JsonFormat.Shape.STRING)
      .withoutFeature(JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public JsonInclude.Value findPropertyInclusion(Annotated a) {
    return isOurs(a) ? NON_ABSENT : JsonInclude.Value.empty();
  }

  @Override
  public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated a) {
    return a instanceof AnnotatedClass && isOurs(a)
        ? JsonIgnoreProperties.Value.forIgnoreUnknown(true)
        : JsonIgnoreProperties.Value.empty();
  }

  @Override
  public JsonFormat.Value findFormat(Annotated a) {
    return isOurs(a) && a instanceof AnnotatedMember && mentionsDate(a.getType())
        ? DATE_AS_TEXT
        : JsonFormat.Value.empty();
  }

  private static boolean isOurs(Annotated a) {
    Class<?> owner =
        a instanceof AnnotatedMember member ? member.getDeclaringClass() : a.getRawType();
    return owner != null && owner.getName().startsWith(PACKAGE);
  }

  /** Whether the type is a date or time, or an optional, array or collection of one. */
  private static boolean mentionsDate(JavaType type) {
    if (type == null) {
      return false;
    }
    if (TemporalAccessor.class.isAssignableFrom(type.getRawClass())) {
      return true;
    }
    return mentionsDate(type.getContentType());
  }
}
