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
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ViewVehiclesTest {
  private final Motorhub motorhub = TestMotorhub.on(TestClock.start());
  private Principal alice;
  private Principal bob;
  private Principal staff;
  private Vehicle alicesCamry;
  private Vehicle alicesCivic;
  private Vehicle bobsCamry;

  @BeforeEach
  void twoGarages() {
    alice = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));
    bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));
    staff = TestAccounts.staff(motorhub, "stella");
    alicesCamry = TestGarage.register(motorhub, alice, "KCA 001A");
    alicesCivic =
        motorhub
            .garage()
            .registerVehicle()
            .register(
                new RegisterVehicle.Command(
                    alice,
                    Optional.empty(),
                    new VehicleForm("Honda", "Civic", "2018", "", "KCA 002A", null, null, null)));
    bobsCamry = TestGarage.register(motorhub, bob, "KCB 001B");
  }

  @Test
  void theOwnerAndStaff_seeAVehicle() {
    assertThat(motorhub.garage().viewVehicles().get(alice, alicesCamry.id()))
        .isEqualTo(alicesCamry);
    assertThat(motorhub.garage().viewVehicles().get(staff, alicesCamry.id()))
        .isEqualTo(alicesCamry);
  }

  @Test
  void anotherCustomersVehicle_isNotFound_asIsAnUnknownOne() {
    Principal mechanic =
        TestAccounts.principal(motorhub, TestAccounts.registerMechanic(motorhub, "mo"));

    assertThat(
            refused(
                NotFound.class, () -> motorhub.garage().viewVehicles().get(bob, alicesCamry.id())))
        .hasMessage("Vehicle not found.");
    refused(NotFound.class, () -> motorhub.garage().viewVehicles().get(mechanic, alicesCamry.id()));
    refused(
        NotFound.class,
        () -> motorhub.garage().viewVehicles().get(staff, new VehicleId(UUID.randomUUID())));
  }

  @Test
  void aCustomersSearch_isTheirOwnGarage() {
    assertThat(search(alice, VehicleQuery.all())).containsExactly(alicesCamry, alicesCivic);
    assertThat(search(bob, VehicleQuery.all())).containsExactly(bobsCamry);
    assertThat(search(bob, new VehicleQuery(null, "toyota", null, null, null)))
        .containsExactly(bobsCamry);
  }

  @Test
  void aCustomerAskingForAnotherGarage_findsNothing() {
    assertThat(search(bob, VehicleQuery.ofOwner(alice.actor().id()))).isEmpty();
    assertThat(search(alice, VehicleQuery.ofOwner(alice.actor().id())))
        .containsExactly(alicesCamry, alicesCivic);
  }

  @Test
  void staff_searchEveryGarage_orOne() {
    assertThat(search(staff, VehicleQuery.all()))
        .containsExactly(alicesCamry, alicesCivic, bobsCamry);
    assertThat(search(staff, VehicleQuery.ofOwner(bob.actor().id()))).containsExactly(bobsCamry);
    assertThat(search(staff, new VehicleQuery(null, " TOY", "camry", "2023", null)))
        .containsExactly(alicesCamry, bobsCamry);
    assertThat(search(staff, new VehicleQuery(null, null, null, null, "kcb001b")))
        .containsExactly(bobsCamry);
    assertThat(search(staff, new VehicleQuery("", " ", "", "", ""))).hasSize(3);
  }

  @Test
  void malformedFilters_areNamedTogether() {
    InvalidInput invalid =
        refused(
            InvalidInput.class,
            () -> search(staff, new VehicleQuery("not-a-uuid", null, null, "new", "#")));

    assertThat(invalid.errors()).containsOnlyKeys("owner_id", "year", "license_plate");
  }

  private List<Vehicle> search(Principal principal, VehicleQuery query) {
    return motorhub
        .garage()
        .viewVehicles()
        .search(principal, query, PageRequest.first(100))
        .items();
  }
}
