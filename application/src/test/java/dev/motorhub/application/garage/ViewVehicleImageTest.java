package dev.motorhub.application.garage;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.application.garage.ImageStore.StoredImage;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestGarage;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.garage.ImageType;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.shared.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ViewVehicleImageTest {
  private final Motorhub motorhub = TestMotorhub.on(TestClock.start());
  private Principal alice;
  private Vehicle camry;

  @BeforeEach
  void aliceHasAVehicle() {
    alice = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));
    camry = TestGarage.register(motorhub, alice, "ABC 123");
  }

  private String upload() {
    return motorhub
        .garage()
        .uploadVehicleImage()
        .upload(new UploadVehicleImage.Command(alice, camry.id(), GarageFixtures.WEBP))
        .image()
        .orElseThrow();
  }

  @Test
  void theOwnerAndStaff_readAVehiclesImage() {
    upload();

    StoredImage image = motorhub.garage().viewVehicleImage().ofVehicle(alice, camry.id());
    assertThat(image.type()).isEqualTo(ImageType.WEBP);
    assertThat(image.bytes()).isEqualTo(GarageFixtures.WEBP);
    assertThat(
            motorhub
                .garage()
                .viewVehicleImage()
                .ofVehicle(TestAccounts.staff(motorhub, "stella"), camry.id())
                .bytes())
        .isEqualTo(GarageFixtures.WEBP);
  }

  @Test
  void aVehicleWithoutImage_hasNoImageToRead() {
    assertThat(
            refused(
                NotFound.class,
                () -> motorhub.garage().viewVehicleImage().ofVehicle(alice, camry.id())))
        .hasMessage("Image not found.");
  }

  @Test
  void anotherCustomer_findsNoVehicle() {
    upload();
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));

    assertThat(
            refused(
                NotFound.class,
                () -> motorhub.garage().viewVehicleImage().ofVehicle(bob, camry.id())))
        .hasMessage("Vehicle not found.");
  }

  @Test
  void aPublishedKey_opensTheImage_untilItIsReplaced() {
    String first = upload();

    assertThat(motorhub.garage().viewVehicleImage().published(first).bytes())
        .isEqualTo(GarageFixtures.WEBP);
    String second = upload();
    refused(NotFound.class, () -> motorhub.garage().viewVehicleImage().published(first));
    assertThat(motorhub.garage().viewVehicleImage().published(second).type())
        .isEqualTo(ImageType.WEBP);
  }

  @Test
  void keysOfAnyOtherShape_openNothing() {
    upload();

    refused(
        NotFound.class, () -> motorhub.garage().viewVehicleImage().published("../../etc/passwd"));
    refused(NotFound.class, () -> motorhub.garage().viewVehicleImage().published(""));
    refused(NotFound.class, () -> motorhub.garage().viewVehicleImage().published(null));
  }
}
