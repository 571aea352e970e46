package io.github.craftmark.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import example.shop.Order;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.ocop.OcopCertificate;
import io.github.craftmark.core.product.Product;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CraftMarkJsonTest {

  /** A mapper as an application may already have it, with settings unlike CraftMark's format. */
  private static ObjectMapper usersMapper() {
    return new ObjectMapper()
        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY);
  }

  @Test
  void configure_keepsTheUsersSettingsForTheUsersOwnTypes() throws Exception {
    ObjectMapper mapper = CraftMarkJson.configure(usersMapper());
    Order order = new Order("", Optional.empty(), LocalDate.of(2025, 7, 1), List.of());

    assertThat(mapper.writeValueAsString(order)).isEqualTo("{\"placedOn\":[2025,7,1]}");
    assertThat(mapper.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isTrue();
    assertThat(mapper.getSerializationConfig().getDefaultPropertyInclusion().getValueInclusion())
        .isEqualTo(JsonInclude.Include.NON_EMPTY);
    assertThatThrownBy(() -> mapper.readValue(
            "{\"note\":\"x\",\"placedOn\":\"2025-07-01\",\"extra\":1}", Order.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void configure_onAUsersMapper_writesAndReadsTheGoldenFormat() throws Exception {
    ObjectMapper mapper = CraftMarkJson.configure(usersMapper());
    assertGoldenWith(mapper, Product.class, "product/silk-scarf.json");
    assertGoldenWith(mapper, OcopCertificate.class, "ocop/certificate-bat-trang-4-star.json");
    // Unknown fields in CraftMark's types are still ignored.
    String json = GoldenJson.golden("product/vase.json").replaceFirst("\\{", "{\"later\":[1],");
    assertThat(mapper.readValue(json, Product.class))
        .isEqualTo(
            GoldenJson.MAPPER.readValue(GoldenJson.golden("product/vase.json"), Product.class));
  }

  @Test
  void configure_whenMapperNull_isRejectedNamingIt() {
    assertThatThrownBy(() -> CraftMarkJson.configure(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("mapper must not be null: null");
  }

  private static <T> void assertGoldenWith(ObjectMapper mapper, Class<T> type, String resource)
      throws Exception {
    String golden = GoldenJson.golden(resource);
    T value = mapper.readValue(golden, type);
    assertThat(value).isEqualTo(GoldenJson.MAPPER.readValue(golden, type));
    String written = mapper
            .writer(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .writeValueAsString(value)
        + "\n";
    assertThat(written).isEqualTo(golden);
  }
}
