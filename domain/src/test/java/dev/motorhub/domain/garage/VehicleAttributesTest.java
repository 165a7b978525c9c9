package dev.motorhub.domain.garage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VehicleAttributesTest {

  @Test
  void codes_areReadTrimmedAndInLowerCase() {
    VehicleAttributes attributes =
        new VehicleAttributes(
            Optional.of(" Nairobi "),
            Optional.of("SUV"),
            Optional.of("electric"),
            Optional.empty());

    assertThat(attributes)
        .isEqualTo(
            new VehicleAttributes(
                Optional.of("nairobi"),
                Optional.of("suv"),
                Optional.of("electric"),
                Optional.empty()));
  }

  @Test
  void aMalformedCode_isRefused_namingItsField() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () ->
                new VehicleAttributes(
                    Optional.empty(), Optional.of("4x4 van"), Optional.empty(), Optional.empty()))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("body_type"));
  }

  @Test
  void detailsWithoutAttributes_recordNone() {
    assertThat(TestVehicles.details(2020).attributes()).isEqualTo(VehicleAttributes.none());
  }
}
