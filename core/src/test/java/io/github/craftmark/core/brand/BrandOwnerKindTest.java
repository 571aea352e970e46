package io.github.craftmark.core.brand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrandOwnerKindTest {

  @Test
  void isCollectiveOrganisation_forAssociationsAndCooperativesNotPersons() {
    assertThat(BrandOwnerKind.ASSOCIATION.isCollectiveOrganisation()).isTrue();
    assertThat(BrandOwnerKind.COOPERATIVE.isCollectiveOrganisation()).isTrue();
    assertThat(BrandOwnerKind.INDIVIDUAL.isCollectiveOrganisation()).isFalse();
    assertThat(BrandOwnerKind.HOUSEHOLD_BUSINESS.isCollectiveOrganisation()).isFalse();
    assertThat(BrandOwnerKind.STATE.isCollectiveOrganisation()).isFalse();
    assertThat(BrandOwnerKind.COOPERATIVE.nameVi()).isEqualTo("Hợp tác xã");
    assertThat(BrandOwnerKind.STATE.nameEn()).isEqualTo("The State");
  }
}
