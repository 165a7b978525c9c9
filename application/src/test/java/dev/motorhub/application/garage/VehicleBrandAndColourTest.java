package dev.motorhub.application.garage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestGarage;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.shared.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A vehicle's brand and colour: free text, known by its code ({@code Land Rover} is {@code
 * land_rover}), which must be in the catalogue where staff keep brands or colours, on registration
 * and on a change that sets it anew; any text where they keep none.
 */
class VehicleBrandAndColourTest {
  private final Motorhub motorhub = TestMotorhub.on(TestClock.start());
  private Principal staff;
  private Principal alice;

  @BeforeEach
  void aliceHasRegistered() {
    staff = TestAccounts.staff(motorhub, "sam");
    alice = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));
  }

  private void staffKeep(String attribute, String... codes) {
    for (String code : codes) {
      motorhub.matching().addCatalogueValue().add(staff, attribute, code, code);
    }
  }

  private static VehicleForm car(String plate, String brand, String colour) {
    return new VehicleForm(
        brand, "Camry", "2023", colour, plate, TestGarage.VIN, "15000", "Excellent condition");
  }

  private static VehicleForm changes(String brand, String colour) {
    return new VehicleForm(brand, null, null, colour, null, null, null, null);
  }

  private Vehicle register(VehicleForm form) {
    return TestGarage.register(motorhub, alice, form);
  }

  private Vehicle change(Vehicle vehicle, VehicleForm form, boolean replace) {
    return TestGarage.change(motorhub, alice, vehicle, form, replace);
  }

  private static void assertRefused(Runnable call, String field, String message) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(call::run)
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys(field))
        .satisfies(e -> assertThat(e.errors().get(field)).containsExactly(message));
  }

  @Test
  void aBrandOrColourTheCatalogueDoesNotHave_isRefusedOnRegistration_namingEachField() {
    staffKeep("brand", "toyota", "land_rover");
    staffKeep("colour", "pearl_white", "blue");

    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> register(car("BRC 001", "Lada", "Dark Red")))
        .satisfies(
            e ->
                assertThat(e.errors())
                    .containsOnlyKeys("brand", "color")
                    .containsEntry("brand", List.of("Not a brand in the catalogue: lada."))
                    .containsEntry("color", List.of("Not a colour in the catalogue: dark_red.")));
    assertRefused(
        () -> register(car("BRC 001", "Citroën", "Blue")),
        "brand",
        "Not a brand in the catalogue: Citroën.");
    assertThat(TestGarage.seenBy(motorhub, alice)).isEmpty();
  }

  @Test
  void aBrandAndColourTheCatalogueHas_asCodes_areKeptAsWritten_andNoColourIsNone() {
    staffKeep("brand", "toyota", "land_rover");
    staffKeep("colour", "pearl_white");

    Vehicle rover = register(car("BRC 002", "Land Rover", "Pearl-White"));
    Vehicle plain = register(car("BRC 003", "TOYOTA", ""));

    assertThat(rover.details().brand()).isEqualTo("Land Rover");
    assertThat(rover.details().color()).isEqualTo("Pearl-White");
    assertThat(plain.details().color()).isEmpty();
  }

  @Test
  void anyBrandOrColour_goesWhereTheCatalogueKeepsNoneOfThem() {
    staffKeep("fuel", "petrol");

    Vehicle vehicle = register(car("BRC 004", "Lada", "Dark Red"));
    staffKeep("brand", "lada");
    Vehicle emerald = register(car("BRC 005", "Lada", "Vert Émeraude"));

    assertThat(vehicle.details().brand()).isEqualTo("Lada");
    assertThat(emerald.details().color()).isEqualTo("Vert Émeraude");
  }

  @Test
  void aChange_checksTheBrandOrColourItSetsAnew() {
    staffKeep("brand", "toyota", "mazda");
    staffKeep("colour", "blue", "red");
    Vehicle vehicle = register(car("BRC 006", "Toyota", "Blue"));

    assertRefused(
        () -> change(vehicle, changes("Lada", null), false),
        "brand",
        "Not a brand in the catalogue: lada.");
    assertRefused(
        () -> change(vehicle, changes(null, "Green"), false),
        "color",
        "Not a colour in the catalogue: green.");
    assertRefused(
        () -> change(vehicle, car("BRC 006", "Ford", "Blue"), true),
        "brand",
        "Not a brand in the catalogue: ford.");

    Vehicle changed = change(vehicle, changes("Mazda", "RED"), false);
    assertThat(changed.details().brand()).isEqualTo("Mazda");
    assertThat(changed.details().color()).isEqualTo("RED");
    assertThat(change(changed, changes(null, ""), false).details().color()).isEmpty();
  }

  @Test
  void aBrandAndColourRecordedBeforeStaffKeptThem_stayWhenOtherFieldsChange() {
    Vehicle vehicle = register(car("BRC 007", "Lada", "Dark Red"));
    staffKeep("brand", "toyota");
    staffKeep("colour", "blue");

    Vehicle driven = change(vehicle, TestGarage.changes("20000", "Serviced"), false);
    Vehicle replaced = change(driven, car("BRC 007", "Lada", "Dark Red"), true);

    assertThat(driven.details().brand()).isEqualTo("Lada");
    assertThat(replaced.details().color()).isEqualTo("Dark Red");
    assertThat(replaced.details().mileage()).isEqualTo(15_000);
    assertRefused(
        () -> change(replaced, changes("Niva", null), false),
        "brand",
        "Not a brand in the catalogue: niva.");
  }
}
