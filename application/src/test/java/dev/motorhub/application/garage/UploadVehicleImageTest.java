package dev.motorhub.application.garage;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.application.garage.ImageStore.StoredImage;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.memory.InMemoryImageStore;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.SecureTokenGenerator;
import dev.motorhub.application.shared.TokenGenerator;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestGarage;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.garage.ImageType;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UploadVehicleImageTest {
  private static final int MAX_BYTES = 1024;
  private final TestClock clock = TestClock.start();
  private final HookedTokens tokens = new HookedTokens();
  private final InMemoryImageStore images = new InMemoryImageStore(tokens);
  private final Motorhub motorhub =
      TestMotorhub.builder(clock)
          .images(images)
          .settings(
              new CoreSettings(
                  CoreSettings.defaults().currency(),
                  Duration.ofHours(1),
                  Duration.ofDays(30),
                  MAX_BYTES,
                  Duration.ofDays(7),
                  Period.ofDays(30)))
          .build();
  private Principal alice;
  private Vehicle camry;

  /** Tokens from {@link SecureTokenGenerator}, running a test's hook first when one is set. */
  private static final class HookedTokens implements TokenGenerator {
    private final TokenGenerator random = new SecureTokenGenerator();
    private final AtomicReference<Runnable> hook = new AtomicReference<>();

    @Override
    public String next() {
      Runnable once = hook.getAndSet(null);
      if (once != null) {
        once.run();
      }
      return random.next();
    }
  }

  @BeforeEach
  void aliceHasAVehicle() {
    alice = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));
    camry = TestGarage.register(motorhub, alice, "ABC 123");
    clock.advance(Duration.ofMinutes(5));
  }

  private Vehicle upload(Principal principal, byte[] bytes) {
    return motorhub
        .garage()
        .uploadVehicleImage()
        .upload(new UploadVehicleImage.Command(principal, camry.id(), bytes));
  }

  @Test
  void theOwnerGivesAVehicleItsImage_keptUnderANewKey() {
    Vehicle pictured = upload(alice, GarageFixtures.PNG);

    String key = pictured.image().orElseThrow();
    assertThat(key).endsWith(".png");
    StoredImage stored = images.get(key).orElseThrow();
    assertThat(stored.type()).isEqualTo(ImageType.PNG);
    assertThat(stored.bytes()).isEqualTo(GarageFixtures.PNG);
    assertThat(pictured.updatedAt()).isEqualTo(clock.instant());
    assertThat(motorhub.store().vehicles().findById(camry.id())).contains(pictured);
  }

  @Test
  void aNewImage_replacesTheOldOne_whichIsRemovedOnlyAfterTheChangeIsKept() {
    String first = upload(alice, GarageFixtures.PNG).image().orElseThrow();
    AtomicReference<String> seenWhileStoring = new AtomicReference<>();
    tokens.hook.set(
        () ->
            seenWhileStoring.set(
                motorhub.store().vehicles().findById(camry.id()).orElseThrow().image().orElseThrow()
                    + (images.get(first).isPresent() ? " kept" : " gone")));

    String second = upload(alice, GarageFixtures.JPEG).image().orElseThrow();

    assertThat(seenWhileStoring).hasValue(first + " kept");
    assertThat(second).isNotEqualTo(first).endsWith(".jpg");
    assertThat(images.keys()).containsExactly(second);
  }

  @Test
  void whenTheChangeFails_theNewImageIsRemoved_andTheOldOneStays() {
    String first = upload(alice, GarageFixtures.PNG).image().orElseThrow();
    tokens.hook.set(() -> motorhub.store().vehicles().delete(camry.id()));

    refused(NotFound.class, () -> upload(alice, GarageFixtures.WEBP));

    assertThat(images.keys()).containsExactly(first);
  }

  @Test
  void aScriptNamedLikeAnImage_isNoImage_andNothingIsKept() {
    byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);

    InvalidInput invalid = refused(InvalidInput.class, () -> upload(alice, script));

    assertThat(invalid.errors().get("image").getFirst()).contains("JPEG, PNG or WebP");
    assertThat(images.keys()).isEmpty();
    assertThat(motorhub.store().vehicles().findById(camry.id())).contains(camry);
  }

  @Test
  void anEmptyFile_isRefused() {
    assertThat(refused(InvalidInput.class, () -> upload(alice, new byte[0])).errors())
        .containsEntry("image", List.of("The submitted file is empty."));
  }

  @Test
  void anImageOverTheLimit_isRefused_oneAtTheLimitIsKept() {
    byte[] atLimit = Arrays.copyOf(GarageFixtures.PNG, MAX_BYTES);
    byte[] overLimit = Arrays.copyOf(GarageFixtures.PNG, MAX_BYTES + 1);

    InvalidInput invalid = refused(InvalidInput.class, () -> upload(alice, overLimit));

    assertThat(invalid.errors().get("image"))
        .containsExactly("Ensure the image is no larger than 1 KiB.");
    assertThat(images.keys()).isEmpty();
    assertThat(upload(alice, atLimit).image()).isPresent();
  }

  @Test
  void anotherCustomer_findsNoVehicle_andNothingIsStored() {
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));

    refused(NotFound.class, () -> upload(bob, GarageFixtures.PNG));

    assertThat(images.keys()).isEmpty();
  }

  @Test
  void staffGiveAnyVehicleAnImage() {
    assertThat(upload(TestAccounts.staff(motorhub, "stella"), GarageFixtures.WEBP).image())
        .hasValueSatisfying(key -> assertThat(key).endsWith(".webp"));
  }
}
