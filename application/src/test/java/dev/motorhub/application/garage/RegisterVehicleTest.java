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
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegisterVehicleTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Principal alice;
  private UserId aliceId;

  @BeforeEach
  void aliceHasRegistered() {
    alice = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));
    aliceId = alice.actor().id();
  }

  private Vehicle register(Principal principal, Optional<UserId> owner, VehicleForm form) {
    return motorhub
        .garage()
        .registerVehicle()
        .register(new RegisterVehicle.Command(principal, owner, form));
  }

  @Test
  void aCustomerRegistersAVehicle_inTheirOwnGarage() {
    Vehicle vehicle = register(alice, Optional.empty(), TestGarage.form("kda 042x"));

    assertThat(vehicle.owner()).isEqualTo(aliceId);
    assertThat(vehicle.details().brand()).isEqualTo("Toyota");
    assertThat(vehicle.details().year()).isEqualTo(2023);
    assertThat(vehicle.details().plate().value()).isEqualTo("KDA042X");
    assertThat(vehicle.details().vin().orElseThrow().value()).isEqualTo(TestGarage.VIN);
    assertThat(vehicle.details().mileage()).isEqualTo(15_000);
    assertThat(vehicle.image()).isEmpty();
    assertThat(vehicle.createdAt()).isEqualTo(clock.instant());
    assertThat(motorhub.store().vehicles().findById(vehicle.id())).contains(vehicle);
  }

  @Test
  void withoutMileageOrVin_theVehicleHasDrivenNothing_andHasNoVin() {
    Vehicle vehicle =
        register(
            alice,
            Optional.empty(),
            new VehicleForm("Honda", "Civic", "2022", null, "XYZ789", " ", "", null));

    assertThat(vehicle.details().mileage()).isZero();
    assertThat(vehicle.details().vin()).isEmpty();
    assertThat(vehicle.details().color()).isEmpty();
  }

  @Test
  void staffRegisterAVehicle_forACustomer() {
    Principal staff = TestAccounts.staff(motorhub, "stella");

    Vehicle vehicle = register(staff, Optional.of(aliceId), TestGarage.form("ABC123"));

    assertThat(vehicle.owner()).isEqualTo(aliceId);
  }

  @Test
  void onlyCustomerAccounts_keepVehicles() {
    Principal staff = TestAccounts.staff(motorhub, "stella");
    Principal mechanic =
        TestAccounts.principal(motorhub, TestAccounts.registerMechanic(motorhub, "mo"));

    assertThat(refused(RuleViolated.class, () -> register(staff, Optional.empty(), form())))
        .hasMessageContaining("staff register them for a customer");
    assertThat(refused(RuleViolated.class, () -> register(mechanic, Optional.empty(), form())))
        .hasMessageContaining("Only customer accounts keep vehicles");
    refused(RuleViolated.class, () -> register(staff, Optional.of(staff.actor().id()), form()));
    assertThat(
            motorhub
                .garage()
                .viewVehicles()
                .search(staff, VehicleQuery.all(), PageRequest.first(10))
                .items())
        .isEmpty();
  }

  @Test
  void anotherCustomersGarage_orAnUnknownAccount_isNotFound() {
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));

    assertThat(refused(NotFound.class, () -> register(bob, Optional.of(aliceId), form())))
        .hasMessage("User not found.");
    refused(
        NotFound.class,
        () ->
            register(
                TestAccounts.staff(motorhub, "stella"),
                Optional.of(new UserId(UUID.randomUUID())),
                form()));
  }

  @Test
  void everyMissingField_isNamedAtOnce() {
    InvalidInput invalid =
        refused(
            InvalidInput.class,
            () ->
                register(
                    alice,
                    Optional.empty(),
                    new VehicleForm(null, " ", null, "Red", "", null, null, null)));

    assertThat(invalid.errors())
        .containsOnlyKeys("brand", "model", "year", "license_plate")
        .allSatisfy(
            (field, messages) -> assertThat(messages).containsExactly("This field is required."));
  }

  @Test
  void malformedValues_areNamedTogether() {
    InvalidInput invalid =
        refused(
            InvalidInput.class,
            () ->
                register(
                    alice,
                    Optional.empty(),
                    new VehicleForm(
                        "Toyota", "Camry", "twenty", "", "AB/12", "1HGBH41J1MN109186", "-", "")));

    assertThat(invalid.errors()).containsOnlyKeys("year", "license_plate", "vin", "mileage");
    assertThat(invalid.errors().get("year")).containsExactly("A valid integer is required.");
    assertThat(invalid.errors().get("vin").getFirst()).contains("check digit");
  }

  @Test
  void nextYearsModel_isWelcome_theYearAfterIsNot() {
    assertThat(register(alice, Optional.empty(), withYear("2026")).details().year())
        .isEqualTo(2026);
    assertThat(
            refused(InvalidInput.class, () -> register(alice, Optional.empty(), withYear("2027")))
                .errors())
        .containsOnlyKeys("year");
    assertThat(
            refused(InvalidInput.class, () -> register(alice, Optional.empty(), withYear("1885")))
                .errors())
        .containsOnlyKeys("year");
  }

  @Test
  void aPlateRegisteredAlready_howeverSpacedOrCased_isAConflict_andNothingIsKept() {
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));
    register(alice, Optional.empty(), TestGarage.form("KDA 042X"));

    Conflict conflict =
        refused(
            Conflict.class, () -> register(bob, Optional.empty(), TestGarage.form(" kda042x ")));

    assertThat(conflict.field()).isEqualTo("license_plate");
    assertThat(
            motorhub
                .garage()
                .viewVehicles()
                .search(bob, VehicleQuery.all(), PageRequest.first(10))
                .items())
        .isEmpty();
  }

  private static VehicleForm form() {
    return TestGarage.form("ABC123");
  }

  private static VehicleForm withYear(String year) {
    return new VehicleForm("Toyota", "Camry", year, "", "Y" + year, null, null, null);
  }
}
