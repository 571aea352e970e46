package io.github.craftmark.core.brand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnerKindTest {

  @Test
  void isCollectiveOrganisation_forAssociationsAndCooperativesNotPersons() {
    assertThat(OwnerKind.ASSOCIATION.isCollectiveOrganisation()).isTrue();
    assertThat(OwnerKind.COOPERATIVE.isCollectiveOrganisation()).isTrue();
    assertThat(OwnerKind.INDIVIDUAL.isCollectiveOrganisation()).isFalse();
    assertThat(OwnerKind.HOUSEHOLD_BUSINESS.isCollectiveOrganisation()).isFalse();
    assertThat(OwnerKind.STATE.isCollectiveOrganisation()).isFalse();
    assertThat(OwnerKind.COOPERATIVE.nameVi()).isEqualTo("Hợp tác xã");
    assertThat(OwnerKind.STATE.nameEn()).isEqualTo("The State");
  }
}
