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
import dev.motorhub.domain.garage.VehicleAttributes;
import dev.motorhub.domain.shared.InvalidInput;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A vehicle's location, body type, fuel and transmission: catalogue codes, checked against the
 * catalogue where staff keep values of the attribute, any well-formed code where they keep none.
 */
class VehicleAttributesTest {
  private final Motorhub motorhub = TestMotorhub.on(TestClock.start());
  private Principal alice;

  @BeforeEach
  void staffKeepFuelsAndLocations_aliceHasRegistered() {
    Principal staff = TestAccounts.staff(motorhub, "sam");
    motorhub.matching().addCatalogueValue().add(staff, "fuel", "petrol", "Petrol");
    motorhub.matching().addCatalogueValue().add(staff, "fuel", "electric", "Electric");
    motorhub.matching().addCatalogueValue().add(staff, "location", "nairobi", "Nairobi");
    alice = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));
  }

  private Vehicle register(VehicleForm form) {
    return TestGarage.register(motorhub, alice, form);
  }

  private Vehicle change(Vehicle vehicle, VehicleForm form, boolean replace) {
    return TestGarage.change(motorhub, alice, vehicle, form, replace);
  }

  @Test
  void aVehicleRecordsItsAttributes_asCatalogueCodes_anyCodeWhereTheCatalogueKeepsNone() {
    Vehicle vehicle = register(TestGarage.form("ATR 001", "Nairobi", "SUV", "electric", "cvt"));

    assertThat(vehicle.details().attributes())
        .isEqualTo(
            new VehicleAttributes(
                Optional.of("nairobi"),
                Optional.of("suv"),
                Optional.of("electric"),
                Optional.of("cvt")));
    assertThat(motorhub.store().vehicles().findById(vehicle.id())).contains(vehicle);
  }

  @Test
  void aCodeTheCatalogueDoesNotHave_isRefused_namingEachField() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> register(TestGarage.form("ATR 002", "mombasa", null, "diesel", null)))
        .satisfies(
            e ->
                assertThat(e.errors())
                    .containsOnlyKeys("location", "fuel")
                    .containsEntry("fuel", List.of("Not a fuel in the catalogue: diesel."))
                    .containsEntry(
                        "location", List.of("Not a location in the catalogue: mombasa.")));
    assertThat(TestGarage.seenBy(motorhub, alice)).isEmpty();
  }

  @Test
  void aMalformedCode_isRefusedOnItsField_beforeTheCatalogueIsAsked() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> register(TestGarage.form("ATR 003", null, "4x4", null, "a")))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("body_type", "transmission"));
  }

  @Test
  void aChange_checksTheCodesItSets_keepsTheOthers_andABlankOneRemovesIt() {
    Vehicle vehicle = register(TestGarage.form("ATR 004", "nairobi", "suv", "petrol", null));

    Vehicle electric =
        change(vehicle, TestGarage.attributes(null, null, "Electric", "manual"), false);
    assertThat(electric.details().attributes())
        .isEqualTo(
            new VehicleAttributes(
                Optional.of("nairobi"),
                Optional.of("suv"),
                Optional.of("electric"),
                Optional.of("manual")));

    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () -> change(vehicle, TestGarage.attributes(null, null, "hydrogen", null), false))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("fuel"));

    Vehicle cleared = change(vehicle, TestGarage.attributes("", null, " ", null), false);
    assertThat(cleared.details().attributes().location()).isEmpty();
    assertThat(cleared.details().attributes().fuel()).isEmpty();
    assertThat(cleared.details().attributes().bodyType()).contains("suv");
  }

  @Test
  void aCodeRecordedBeforeStaffKeptItsAttribute_staysWhenOtherFieldsChange() {
    Vehicle vehicle = register(TestGarage.form("ATR 005", null, "pickup", null, null));
    Principal staff = TestAccounts.staff(motorhub, "stella");
    motorhub.matching().addCatalogueValue().add(staff, "body_type", "suv", "SUV");

    Vehicle changed = change(vehicle, TestGarage.form("ATR 005"), true);

    assertThat(changed.details().attributes().bodyType()).contains("pickup");
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> change(vehicle, TestGarage.attributes(null, "van", null, null), false))
        .satisfies(
            e ->
                assertThat(e.errors().get("body_type"))
                    .containsExactly("Not a body type in the catalogue: van."));
  }
}
