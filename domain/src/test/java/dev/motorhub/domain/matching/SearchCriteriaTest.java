package dev.motorhub.domain.matching;

import static dev.motorhub.domain.matching.TestCriteria.criteria;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class SearchCriteriaTest {

  @Test
  void aYearRangeWhoseMinimumExceedsItsMaximum_namesYearMin() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> criteria().years(2021, 2020).build())
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("year_min"));
  }

  @Test
  void aWeightOutOfRange_namesItsCriterion() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> criteria().weight(Criterion.PRICE, 11).build())
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("weights.price"));
  }

  @Test
  void aVehiclesBrand_readsAsACatalogueCode() {
    assertThat(CatalogueCode.of(" Land  Rover")).contains(new CatalogueCode("land_rover"));
    assertThat(CatalogueCode.of("4")).isEmpty();
  }
}
