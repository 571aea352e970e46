package io.github.craftmark.core.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.address.Provinces;
import io.github.craftmark.core.product.CraftCategory;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecognisedCraftTest {

  @Test
  void constructor_keepsOptionalDecision() {
    RecognisedCraft craft = new RecognisedCraft(
        CraftCategory.SILK,
        "Nghề dệt lụa",
        true,
        Optional.of(" EXAMPLE-123/QĐ-UBND "),
        Optional.of(LocalDate.of(2010, 5, 20)),
        Provinces.standard().get("Hà Nội"));
    assertThat(craft.decisionNumber()).contains("EXAMPLE-123/QĐ-UBND");
    assertThat(RecognitionLevel.TRADITIONAL_CRAFT_VILLAGE.nameVi())
        .isEqualTo("Làng nghề truyền thống");
  }

  @Test
  void constructor_whenProvinceMissing_isRejected() {
    assertThatThrownBy(
            () -> new RecognisedCraft(CraftCategory.SILK, "Nghề dệt", false, null, null, null))
        .hasMessage("recognisedBy must not be null: null");
  }
}
