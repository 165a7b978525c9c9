package dev.motorhub.domain.garage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VehicleTest {
  private final UserId owner = new UserId(UUID.randomUUID());

  @Test
  void aRegisteredVehicle_belongsToItsOwner_withoutImage_createdAndUpdatedAtOnce() {
    Vehicle vehicle = TestVehicles.registered(owner);

    assertThat(vehicle.owner()).isEqualTo(owner);
    assertThat(vehicle.image()).isEmpty();
    assertThat(vehicle.createdAt()).isEqualTo(TestVehicles.REGISTERED_AT);
    assertThat(vehicle.updatedAt()).isEqualTo(TestVehicles.REGISTERED_AT);
    assertThat(vehicle.details().plate().value()).isEqualTo("KDA042X");
  }

  @Test
  void nextYearsModel_isAccepted_theYearAfterIsNot() {
    LocalDate today = TestVehicles.TODAY;
    Instant at = TestVehicles.REGISTERED_AT;
    VehicleId id = new VehicleId(UUID.randomUUID());

    assertThat(Vehicle.register(id, owner, TestVehicles.details(2026), today, at).details().year())
        .isEqualTo(2026);
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> Vehicle.register(id, owner, TestVehicles.details(2027), today, at))
        .satisfies(
            e ->
                assertThat(e.errors().get("year"))
                    .containsExactly("Ensure this value is at most 2026."));
  }

  @Test
  void theYearBound_movesWithToday() {
    Vehicle vehicle = TestVehicles.registered(owner);
    Instant later = TestVehicles.REGISTERED_AT.plusSeconds(60);

    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () -> vehicle.withDetails(TestVehicles.details(2027), TestVehicles.TODAY, later));
    assertThat(
            vehicle
                .withDetails(TestVehicles.details(2027), LocalDate.of(2026, 1, 1), later)
                .details()
                .year())
        .isEqualTo(2027);
  }

  @Test
  void theFirstMotorCarsYear_isTheEarliest() {
    assertThat(TestVehicles.details(VehicleDetails.FIRST_YEAR).year()).isEqualTo(1886);
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> TestVehicles.details(1885))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("year"));
  }

  @Test
  void changingDetails_keepsIdOwnerImageAndCreation_andMovesUpdatedAt() {
    Instant later = TestVehicles.REGISTERED_AT.plusSeconds(3600);
    Vehicle pictured = TestVehicles.registered(owner).withImage("key.png", later);
    Instant evenLater = later.plusSeconds(60);

    Vehicle changed =
        pictured.withDetails(TestVehicles.details(2020), TestVehicles.TODAY, evenLater);

    assertThat(changed.id()).isEqualTo(pictured.id());
    assertThat(changed.owner()).isEqualTo(owner);
    assertThat(changed.image()).contains("key.png");
    assertThat(changed.createdAt()).isEqualTo(TestVehicles.REGISTERED_AT);
    assertThat(changed.updatedAt()).isEqualTo(evenLater);
    assertThat(changed.details().year()).isEqualTo(2020);
  }

  @Test
  void aNewImage_replacesTheOldOne_andRemovingItLeavesNone() {
    Instant later = TestVehicles.REGISTERED_AT.plusSeconds(60);
    Vehicle first = TestVehicles.registered(owner).withImage("first.jpg", later);

    Vehicle second = first.withImage("second.webp", later.plusSeconds(1));

    assertThat(second.image()).isEqualTo(Optional.of("second.webp"));
    assertThat(second.withoutImage(later.plusSeconds(2)).image()).isEmpty();
    assertThat(second.withoutImage(later.plusSeconds(2)).updatedAt())
        .isEqualTo(later.plusSeconds(2));
  }
}
