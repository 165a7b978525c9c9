package dev.motorhub.domain.garage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VehicleDetailsTest {
  private static final LicencePlate PLATE = new LicencePlate("ABC123");

  private static VehicleDetails details(
      String brand, String model, String color, long mileage, String notes) {
    return new VehicleDetails(brand, model, 2020, color, PLATE, Optional.empty(), mileage, notes);
  }

  @Test
  void textIsTrimmed_andOptionalTextMayBeLeftOut() {
    VehicleDetails details = details("  Honda ", " Civic ", null, 0, null);

    assertThat(details.brand()).isEqualTo("Honda");
    assertThat(details.model()).isEqualTo("Civic");
    assertThat(details.color()).isEmpty();
    assertThat(details.notes()).isEmpty();
    assertThat(details.vin()).isEmpty();
  }

  @Test
  void brandAndModel_areRequired() {
    assertRefused(() -> details(" ", "Civic", "", 0, ""), "brand");
    assertRefused(() -> details("Honda", null, "", 0, ""), "model");
  }

  @Test
  void textLongerThanItsColumn_isRefused() {
    assertRefused(() -> details("B".repeat(51), "Civic", "", 0, ""), "brand");
    assertRefused(() -> details("Honda", "M".repeat(51), "", 0, ""), "model");
    assertRefused(() -> details("Honda", "Civic", "C".repeat(31), 0, ""), "color");
    assertRefused(() -> details("Honda", "Civic", "", 0, "N".repeat(2001)), "notes");
    assertThat(details("B".repeat(50), "M".repeat(50), "C".repeat(30), 0, "N".repeat(2000)))
        .isNotNull();
  }

  @Test
  void mileage_isBetweenZeroAndTenMillion() {
    assertThat(details("Honda", "Civic", "", VehicleDetails.MAX_MILEAGE, "").mileage())
        .isEqualTo(10_000_000);
    assertRefused(() -> details("Honda", "Civic", "", -1, ""), "mileage");
    assertRefused(
        () -> details("Honda", "Civic", "", VehicleDetails.MAX_MILEAGE + 1, ""), "mileage");
  }

  @Test
  void notesMayHoldLineBreaks_butNoOtherControlCharacters() {
    assertThat(details("Honda", "Civic", "", 0, "Oil changed.\nTyres next.").notes())
        .contains("\n");
    assertRefused(() -> details("Honda\u0007", "Civic", "", 0, ""), "brand");
  }

  private static void assertRefused(Runnable build, String field) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(build::run)
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys(field));
  }
}
