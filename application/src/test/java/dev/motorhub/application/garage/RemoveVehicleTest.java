package dev.motorhub.application.garage;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.memory.InMemoryImageStore;
import dev.motorhub.application.shared.SecureTokenGenerator;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestGarage;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.shared.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemoveVehicleTest {
  private final InMemoryImageStore images = new InMemoryImageStore(new SecureTokenGenerator());
  private final Motorhub motorhub = TestMotorhub.builder(TestClock.start()).images(images).build();
  private Principal alice;
  private Vehicle pictured;

  @BeforeEach
  void aliceHasAVehicleWithAnImage() {
    alice = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));
    Vehicle vehicle = TestGarage.register(motorhub, alice, "ABC 123");
    pictured =
        motorhub
            .garage()
            .uploadVehicleImage()
            .upload(new UploadVehicleImage.Command(alice, vehicle.id(), GarageFixtures.PNG));
  }

  private void remove(Principal principal) {
    motorhub.garage().removeVehicle().remove(new RemoveVehicle.Command(principal, pictured.id()));
  }

  @Test
  void theOwnerRemovesAVehicle_andItsImageGoesWithIt() {
    remove(alice);

    assertThat(motorhub.store().vehicles().findById(pictured.id())).isEmpty();
    assertThat(images.keys()).isEmpty();
  }

  @Test
  void staffRemoveAnyVehicle() {
    remove(TestAccounts.staff(motorhub, "stella"));

    assertThat(motorhub.store().vehicles().findById(pictured.id())).isEmpty();
  }

  @Test
  void anotherCustomer_findsNoVehicleToRemove_andTheImageStays() {
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));

    refused(NotFound.class, () -> remove(bob));

    assertThat(motorhub.store().vehicles().findById(pictured.id())).contains(pictured);
    assertThat(images.keys()).containsExactly(pictured.image().orElseThrow());
  }

  @Test
  void aRemovedVehicle_isNotFoundTheSecondTime() {
    remove(alice);

    refused(NotFound.class, () -> remove(alice));
  }

  @Test
  void aRemovedPlate_canBeRegisteredAgain() {
    remove(alice);

    assertThat(TestGarage.register(motorhub, alice, "abc123").details().plate())
        .isEqualTo(pictured.details().plate());
  }
}
