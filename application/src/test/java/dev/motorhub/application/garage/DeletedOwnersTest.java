package dev.motorhub.application.garage;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.DeleteAccount;
import dev.motorhub.application.accounts.RegisterAccount.Registered;
import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.application.customers.DeleteCustomer;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.memory.InMemoryImageStore;
import dev.motorhub.application.shared.SecureTokenGenerator;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestGarage;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An account that goes takes its vehicles with it, and their image files once it is gone. */
class DeletedOwnersTest {
  private final InMemoryImageStore images = new InMemoryImageStore(new SecureTokenGenerator());
  private final Motorhub motorhub = TestMotorhub.builder(TestClock.start()).images(images).build();
  private Registered alice;
  private Principal aliceSignedIn;
  private String bobsImage;

  @BeforeEach
  void aliceAndBobHavePicturedVehicles() {
    alice = TestAccounts.register(motorhub, "alice");
    aliceSignedIn = TestAccounts.principal(motorhub, alice);
    IntStream.range(0, 3).forEach(i -> pictured(aliceSignedIn, "KCA 00" + i));
    TestGarage.register(motorhub, aliceSignedIn, "KCA 999");
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));
    bobsImage = pictured(bob, "KCB 001").image().orElseThrow();
  }

  @Test
  void deletingAnAccount_removesItsVehiclesAndTheirImages_andNobodyElses() {
    motorhub
        .accounts()
        .deleteAccount()
        .delete(new DeleteAccount.Command(aliceSignedIn, alice.account().user().id()));

    Principal staff = TestAccounts.staff(motorhub, "stella");
    assertThat(plates(staff)).containsExactly("KCB001");
    assertThat(images.keys()).containsExactly(bobsImage);
  }

  @Test
  void deletingACustomer_removesTheirVehiclesAndTheirImages() {
    Principal staff = TestAccounts.staff(motorhub, "stella");

    motorhub
        .customers()
        .deleteCustomer()
        .delete(new DeleteCustomer.Command(staff, alice.account().customer().orElseThrow().id()));

    assertThat(plates(staff)).containsExactly("KCB001");
    assertThat(images.keys()).containsExactly(bobsImage);
  }

  @Test
  void aRefusedDeletion_keepsTheVehiclesAndTheirImages() {
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bobby"));

    refused(
        NotFound.class,
        () ->
            motorhub
                .accounts()
                .deleteAccount()
                .delete(new DeleteAccount.Command(bob, alice.account().user().id())));

    assertThat(plates(TestAccounts.staff(motorhub, "stella"))).hasSize(5);
    assertThat(images.keys()).hasSize(4);
  }

  private Vehicle pictured(Principal owner, String plate) {
    Vehicle vehicle = TestGarage.register(motorhub, owner, plate);
    return motorhub
        .garage()
        .uploadVehicleImage()
        .upload(new UploadVehicleImage.Command(owner, vehicle.id(), GarageFixtures.PNG));
  }

  private List<String> plates(Principal staff) {
    return motorhub
        .garage()
        .viewVehicles()
        .search(staff, VehicleQuery.all(), PageRequest.first(100))
        .items()
        .stream()
        .map(v -> v.details().plate().value())
        .toList();
  }
}
