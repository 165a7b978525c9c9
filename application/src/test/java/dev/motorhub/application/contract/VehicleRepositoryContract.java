package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.garage.VehicleFilter;
import dev.motorhub.domain.garage.Custody;
import dev.motorhub.domain.garage.LicencePlate;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code VehicleRepository} keeps: vehicles of accounts, one per plate. */
public abstract class VehicleRepositoryContract extends StoreContract {
  private static final String TAKEN = "A vehicle with this licence plate is already registered.";
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
  protected User alice;
  protected User bob;

  @BeforeEach
  void twoOwners() {
    alice = Fixtures.user("alice");
    bob = Fixtures.user("bob");
    runTx(() -> List.of(alice, bob).forEach(store.users()::add));
  }

  @Test
  void anAddedVehicle_isFoundWithEveryField() {
    Vehicle vehicle = GarageFixtures.vehicle(alice.id(), "Toyota", "Camry", 2023, "ABC 123");
    runTx(() -> store.vehicles().add(vehicle));

    assertThat(inTx(() -> store.vehicles().findById(vehicle.id()))).contains(vehicle);
    assertThat(inTx(() -> store.vehicles().findForUpdate(vehicle.id()))).contains(vehicle);
  }

  @Test
  void aVehicleWithoutVinColourOrNotes_butWithAnImage_isFoundAsStored() {
    Vehicle bare =
        new Vehicle(
            new VehicleId(Fixtures.nextId()),
            alice.id(),
            new VehicleDetails(
                "Ford", "Model T", 1908, "", new LicencePlate("T1908"), Optional.empty(), 0, ""),
            Optional.of("k3yOfAnImageThatIsLongEnough.png"),
            Custody.KEPT,
            Fixtures.T0,
            at(5));
    runTx(() -> store.vehicles().add(bare));

    assertThat(inTx(() -> store.vehicles().findById(bare.id()))).contains(bare);
  }

  @Test
  void unknownVehicles_areNotFound() {
    VehicleId unknown = new VehicleId(Fixtures.nextId());

    assertThat(inTx(() -> store.vehicles().findById(unknown))).isEmpty();
    assertThat(inTx(() -> store.vehicles().findForUpdate(unknown))).isEmpty();
  }

  @Test
  void aPlateRegisteredAlready_isAConflictOnThePlate_howeverItIsTyped() {
    runTx(
        () ->
            store
                .vehicles()
                .add(GarageFixtures.vehicle(alice.id(), "Honda", "Fit", 2015, "KDA 042X")));

    assertConflict(
        () ->
            store
                .vehicles()
                .add(GarageFixtures.vehicle(bob.id(), "Mazda", "Demio", 2016, "kda042x")),
        "license_plate",
        TAKEN);
    assertThat(search(VehicleFilter.ofOwner(bob.id()))).isEmpty();
  }

  @Test
  void update_keepsTheNewDetailsAndImage() {
    Vehicle vehicle = GarageFixtures.vehicle(alice.id(), "Toyota", "Camry", 2023, "ABC123");
    runTx(() -> store.vehicles().add(vehicle));
    Vehicle changed =
        vehicle
            .withDetails(
                GarageFixtures.details("Toyota", "Camry Hybrid", 2024, "ABC124"), TODAY, at(1))
            .withImage("AnotherImageKeyOfLength.webp", at(2));

    runTx(() -> store.vehicles().update(changed));

    assertThat(inTx(() -> store.vehicles().findById(vehicle.id()))).contains(changed);
  }

  @Test
  void update_canRemoveTheImageAndTheVin() {
    Vehicle vehicle =
        GarageFixtures.vehicle(alice.id(), "Toyota", "Camry", 2023, "ABC123")
            .withImage("TheImageKeyOfThisVehicle.jpg", at(1));
    runTx(() -> store.vehicles().add(vehicle));
    VehicleDetails d = vehicle.details();
    Vehicle changed =
        vehicle
            .withDetails(
                new VehicleDetails(
                    d.brand(), d.model(), d.year(), "", d.plate(), Optional.empty(), 0, ""),
                TODAY,
                at(2))
            .withoutImage(at(2));

    runTx(() -> store.vehicles().update(changed));

    assertThat(inTx(() -> store.vehicles().findById(vehicle.id()))).contains(changed);
  }

  @Test
  void update_toAnotherVehiclesPlate_isAConflict_andChangesNothing() {
    Vehicle first = GarageFixtures.vehicle(alice.id(), "Toyota", "Camry", 2023, "ABC123");
    Vehicle second = GarageFixtures.vehicle(bob.id(), "Honda", "Civic", 2022, "XYZ789");
    runTx(() -> List.of(first, second).forEach(store.vehicles()::add));

    assertConflict(
        () ->
            store
                .vehicles()
                .update(
                    second.withDetails(
                        GarageFixtures.details("Honda", "Civic", 2022, "abc 123"), TODAY, at(1))),
        "license_plate",
        TAKEN);
    assertThat(inTx(() -> store.vehicles().findById(second.id()))).contains(second);
  }

  @Test
  void search_withoutFilter_isEveryVehicleInIdOrder() {
    List<Vehicle> vehicles = fourVehicles();

    assertThat(search(filter(Optional.empty(), null, null, null, null))).isEqualTo(vehicles);
  }

  @Test
  void search_byOwner_isThatGarage() {
    List<Vehicle> vehicles = fourVehicles();

    assertThat(search(VehicleFilter.ofOwner(bob.id())))
        .containsExactly(vehicles.get(2), vehicles.get(3));
  }

  @Test
  void search_byBrandOrModel_matchesAnyPartRegardlessOfCase() {
    fourVehicles();

    assertThat(plates(filter(Optional.empty(), "TOYO", null, null, null)))
        .containsExactly("KCA001A", "KCB003C");
    assertThat(plates(filter(Optional.empty(), null, "OLL", null, null)))
        .containsExactly("KCA001A");
    assertThat(plates(filter(Optional.empty(), null, "av4", null, null)))
        .containsExactly("KCB003C");
    assertThat(plates(filter(Optional.empty(), "benz", null, null, null)))
        .containsExactly("KCC004D");
  }

  @Test
  void search_treatsWildcardsInTheText_asPlainCharacters() {
    fourVehicles();

    assertThat(plates(filter(Optional.empty(), "%", null, null, null))).isEmpty();
    assertThat(plates(filter(Optional.empty(), "_", null, null, null))).isEmpty();
    assertThat(plates(filter(Optional.empty(), "s-b", null, null, null)))
        .containsExactly("KCC004D");
  }

  @Test
  void search_byYearOrPlate_matchesExactly() {
    fourVehicles();

    assertThat(plates(filter(Optional.empty(), null, null, 2019, null)))
        .containsExactly("KCA001A", "KCC004D");
    assertThat(plates(filter(Optional.empty(), null, null, null, "kcb 002b")))
        .containsExactly("KCB002B");
    assertThat(plates(filter(Optional.empty(), null, null, null, "KCB002"))).isEmpty();
  }

  @Test
  void search_combinesEveryFilter() {
    fourVehicles();

    assertThat(plates(filter(Optional.of(bob), "toyota", "rav", 2021, "KCB003C")))
        .containsExactly("KCB003C");
    assertThat(plates(filter(Optional.of(alice), "toyota", "rav", 2021, null))).isEmpty();
  }

  @Test
  void search_pagesThroughTheMatchesWithCursors() {
    List<Vehicle> vehicles = fourVehicles();
    VehicleFilter all = filter(Optional.empty(), null, null, null, null);

    var first = inTx(() -> store.vehicles().search(all, PageRequest.first(3)));
    var second = inTx(() -> store.vehicles().search(all, Fixtures.nextPage(first, 3)));

    assertThat(first.items()).containsExactlyElementsOf(vehicles.subList(0, 3));
    assertThat(second.items()).containsExactly(vehicles.get(3));
    assertThat(second.nextCursor()).isEmpty();
  }

  @Test
  void delete_removesTheVehicle_andKeepsTheOthers() {
    List<Vehicle> vehicles = fourVehicles();

    runTx(() -> store.vehicles().delete(vehicles.get(1).id()));

    assertThat(inTx(() -> store.vehicles().findById(vehicles.get(1).id()))).isEmpty();
    assertThat(search(filter(Optional.empty(), null, null, null, null)))
        .containsExactly(vehicles.get(0), vehicles.get(2), vehicles.get(3));
  }

  @Test
  void aRemovedPlate_isFreeAgain() {
    Vehicle vehicle = GarageFixtures.vehicle(alice.id(), "Toyota", "Camry", 2023, "ABC123");
    runTx(() -> store.vehicles().add(vehicle));
    runTx(() -> store.vehicles().delete(vehicle.id()));

    Vehicle again = GarageFixtures.vehicle(bob.id(), "Toyota", "Camry", 2023, "ABC123");
    runTx(() -> store.vehicles().add(again));

    assertThat(inTx(() -> store.vehicles().findById(again.id()))).contains(again);
  }

  @Test
  void deletingAnAccount_removesItsVehicles() {
    List<Vehicle> vehicles = fourVehicles();

    runTx(() -> store.users().delete(alice.id()));

    assertThat(search(filter(Optional.empty(), null, null, null, null)))
        .containsExactly(vehicles.get(2), vehicles.get(3));
  }

  @Test
  void aFailedUnitOfWork_leavesNoVehicleBehind() {
    Vehicle vehicle = GarageFixtures.vehicle(alice.id(), "Toyota", "Camry", 2023, "ABC123");

    assertConflict(
        () -> {
          store.vehicles().add(vehicle);
          store.vehicles().add(GarageFixtures.vehicle(bob.id(), "Honda", "Fit", 2015, "ABC123"));
        },
        "license_plate",
        TAKEN);
    assertThat(inTx(() -> store.vehicles().findById(vehicle.id()))).isEmpty();
  }

  /** Two of alice's and two of bob's, in id order. */
  private List<Vehicle> fourVehicles() {
    List<Vehicle> vehicles =
        List.of(
            GarageFixtures.vehicle(alice.id(), "Toyota", "Corolla", 2019, "KCA 001A"),
            GarageFixtures.vehicle(alice.id(), "Land Rover", "Defender", 2020, "KCB 002B"),
            GarageFixtures.vehicle(bob.id(), "toyota", "RAV4", 2021, "KCB 003C"),
            GarageFixtures.vehicle(bob.id(), "Mercedes-Benz", "C 200", 2019, "KCC 004D"));
    runTx(() -> vehicles.forEach(store.vehicles()::add));
    return vehicles;
  }

  private static VehicleFilter filter(
      Optional<User> owner, String brand, String model, Integer year, String plate) {
    return new VehicleFilter(
        owner.map(User::id),
        Optional.ofNullable(brand),
        Optional.ofNullable(model),
        Optional.ofNullable(year),
        Optional.ofNullable(plate).map(LicencePlate::new));
  }

  private List<Vehicle> search(VehicleFilter filter) {
    return inTx(() -> store.vehicles().search(filter, PageRequest.first(100))).items();
  }

  private List<String> plates(VehicleFilter filter) {
    return search(filter).stream().map(v -> v.details().plate().value()).toList();
  }
}
