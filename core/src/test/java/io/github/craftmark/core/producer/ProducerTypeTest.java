package io.github.craftmark.core.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProducerTypeTest {

  @Test
  void taxCodeRequired_onlyForEnterprisesAndCooperatives() {
    assertThat(Arrays.stream(ProducerType.values()).filter(ProducerType::isTaxCodeRequired))
        .containsExactly(ProducerType.COOPERATIVE, ProducerType.ENTERPRISE);
  }

  @Test
  void nameVi_isVietnamese() {
    assertThat(ProducerType.HOUSEHOLD_BUSINESS.nameVi()).isEqualTo("Hộ kinh doanh");
    assertThat(ProducerType.COOPERATIVE_GROUP.nameVi()).isEqualTo("Tổ hợp tác");
  }
}
