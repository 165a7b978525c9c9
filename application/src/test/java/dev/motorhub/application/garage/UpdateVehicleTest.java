package dev.motorhub.application.garage;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestGarage;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateVehicleTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Principal alice;
  private Vehicle camry;
  private Instant registeredAt;

  @BeforeEach
  void aliceHasAVehicle() {
    alice = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));
    camry = TestGarage.register(motorhub, alice, "ABC 123");
    registeredAt = clock.instant();
    clock.advance(Duration.ofHours(1));
  }

  private Vehicle change(Principal principal, VehicleForm changes) {
    return motorhub
        .garage()
        .updateVehicle()
        .update(new UpdateVehicle.Command(principal, camry.id(), changes, false));
  }

  private Vehicle replace(Principal principal, VehicleForm changes) {
    return motorhub
        .garage()
        .updateVehicle()
        .update(new UpdateVehicle.Command(principal, camry.id(), changes, true));
  }

  @Test
  void aPartialChange_changesTheFieldsGiven_andKeepsTheRest() {
    Vehicle changed = change(alice, TestGarage.changes("17000", "Oil changed"));

    assertThat(changed.details().mileage()).isEqualTo(17_000);
    assertThat(changed.details().notes()).isEqualTo("Oil changed");
    assertThat(changed.details().brand()).isEqualTo("Toyota");
    assertThat(changed.details().plate()).isEqualTo(camry.details().plate());
    assertThat(changed.details().vin()).isEqualTo(camry.details().vin());
    assertThat(changed.createdAt()).isEqualTo(registeredAt);
    assertThat(changed.updatedAt()).isEqualTo(clock.instant());
    assertThat(motorhub.store().vehicles().findById(camry.id())).contains(changed);
  }

  @Test
  void blankTextAndVin_clearThem_blankNumbersLeaveThem() {
    Vehicle changed = change(alice, new VehicleForm(null, null, " ", "", null, "", "", ""));

    assertThat(changed.details().color()).isEmpty();
    assertThat(changed.details().notes()).isEmpty();
    assertThat(changed.details().vin()).isEmpty();
    assertThat(changed.details().year()).isEqualTo(2023);
    assertThat(changed.details().mileage()).isEqualTo(15_000);
  }

  @Test
  void aReplacement_mustNameBrandModelYearAndPlate() {
    InvalidInput invalid =
        refused(InvalidInput.class, () -> replace(alice, TestGarage.changes("16000", null)));

    assertThat(invalid.errors()).containsOnlyKeys("brand", "model", "year", "license_plate");
    assertThat(motorhub.store().vehicles().findById(camry.id())).contains(camry);
  }

  @Test
  void aReplacement_changesWhatItNames_andKeepsWhatItLeavesOut() {
    Vehicle replaced =
        replace(
            alice,
            new VehicleForm("Toyota", "Camry", "2023", "Red", "ABC123", null, "16000", null));

    assertThat(replaced.details().color()).isEqualTo("Red");
    assertThat(replaced.details().mileage()).isEqualTo(16_000);
    assertThat(replaced.details().vin()).isEqualTo(camry.details().vin());
    assertThat(replaced.details().notes()).isEqualTo("Excellent condition");
  }

  @Test
  void emptyingARequiredField_isRefused() {
    InvalidInput invalid =
        refused(
            InvalidInput.class,
            () -> change(alice, new VehicleForm(" ", null, null, null, "", null, null, null)));

    assertThat(invalid.errors()).containsOnlyKeys("license_plate");
    assertThat(
            refused(
                    InvalidInput.class,
                    () ->
                        change(
                            alice, new VehicleForm(" ", null, null, null, null, null, null, null)))
                .errors())
        .containsOnlyKeys("brand");
  }

  @Test
  void malformedChanges_areRefused_andChangeNothing() {
    InvalidInput invalid =
        refused(
            InvalidInput.class,
            () ->
                change(
                    alice, new VehicleForm(null, null, "2030", null, null, "IOQ", "lots", null)));

    assertThat(invalid.errors()).containsOnlyKeys("vin", "mileage");
    assertThat(refused(InvalidInput.class, () -> change(alice, withYear("2030"))).errors())
        .containsOnlyKeys("year");
    assertThat(motorhub.store().vehicles().findById(camry.id())).contains(camry);
  }

  @Test
  void takingAnotherVehiclesPlate_isAConflict() {
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));
    TestGarage.register(motorhub, bob, "XYZ 789");

    Conflict conflict =
        refused(
            Conflict.class,
            () ->
                change(alice, new VehicleForm(null, null, null, null, "xyz789", null, null, null)));

    assertThat(conflict.field()).isEqualTo("license_plate");
    assertThat(motorhub.store().vehicles().findById(camry.id())).contains(camry);
  }

  @Test
  void keepingItsOwnPlate_isNoConflict() {
    assertThat(
            change(alice, new VehicleForm(null, null, null, null, "abc 123", null, null, null))
                .details()
                .plate())
        .isEqualTo(camry.details().plate());
  }

  @Test
  void staffChangeAnyVehicle_anotherCustomerFindsNone() {
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));

    assertThat(change(TestAccounts.staff(motorhub, "stella"), TestGarage.changes("1", null)))
        .extracting(v -> v.details().mileage())
        .isEqualTo(1L);
    refused(NotFound.class, () -> change(bob, TestGarage.changes("2", null)));
    assertThat(motorhub.store().vehicles().findById(camry.id()).orElseThrow().details().mileage())
        .isEqualTo(1);
  }

  private static VehicleForm withYear(String year) {
    return new VehicleForm(null, null, year, null, null, null, null, null);
  }
}
