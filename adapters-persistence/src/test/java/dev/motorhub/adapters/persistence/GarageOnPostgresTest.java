package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.DeleteAccount;
import dev.motorhub.application.accounts.RegisterAccount.Registered;
import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.application.garage.RemoveVehicle;
import dev.motorhub.application.garage.UploadVehicleImage;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.memory.Pbkdf2PasswordHasher;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestGarage;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.shared.Conflict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The garage's use cases on PostgreSQL with images on disk: files follow the committed rows. */
class GarageOnPostgresTest {
  private static final int RIVALS = 6;
  @TempDir Path directory;
  private Motorhub motorhub;
  private Registered alice;
  private Principal owner;
  private Vehicle vehicle;

  @BeforeEach
  void aliceHasAVehicle() {
    motorhub =
        Motorhub.builder(PostgresTestDatabase.emptyStore())
            .passwordHasher(new Pbkdf2PasswordHasher(1_000))
            .images(FileSystemImageStore.in(directory))
            .build();
    alice = TestAccounts.register(motorhub, "alice");
    owner = TestAccounts.principal(motorhub, alice);
    vehicle = TestGarage.register(motorhub, owner, "KDA 042X");
  }

  @Test
  void concurrentUploads_leaveExactlyTheImageTheVehicleShows() throws Exception {
    CyclicBarrier start = new CyclicBarrier(RIVALS);
    ExecutorService pool = Executors.newFixedThreadPool(RIVALS);
    try {
      List<Future<Vehicle>> uploads = new ArrayList<>();
      for (int i = 0; i < RIVALS; i++) {
        uploads.add(
            pool.submit(
                () -> {
                  start.await();
                  return upload();
                }));
      }
      for (Future<Vehicle> upload : uploads) {
        upload.get();
      }
    } finally {
      pool.shutdownNow();
    }

    String shown =
        motorhub.store().vehicles().findById(vehicle.id()).orElseThrow().image().orElseThrow();
    assertThat(files()).containsExactly(shown);
  }

  @Test
  void aVehicleThatIsReferredTo_cannotBeRemoved_andKeepsItsImage() throws IOException {
    String image = upload().image().orElseThrow();
    Jdbi admin = Jdbi.create(PostgresTestDatabase.url());
    admin.useHandle(
        h ->
            h.execute(
                "create table trade_probe (vehicle_id uuid not null"
                    + " references vehicles on delete restrict)"));
    try {
      admin.useHandle(h -> h.execute("insert into trade_probe values (?)", vehicle.id().value()));

      assertThatExceptionOfType(Conflict.class)
          .isThrownBy(
              () ->
                  motorhub
                      .garage()
                      .removeVehicle()
                      .remove(new RemoveVehicle.Command(owner, vehicle.id())));
      assertThat(files()).containsExactly(image);
    } finally {
      admin.useHandle(h -> h.execute("drop table trade_probe"));
    }
  }

  @Test
  void deletingTheAccount_removesTheVehicleRowAndItsFile() throws IOException {
    upload();

    motorhub
        .accounts()
        .deleteAccount()
        .delete(new DeleteAccount.Command(owner, alice.account().user().id()));

    assertThat(motorhub.store().vehicles().findById(vehicle.id())).isEmpty();
    assertThat(files()).isEmpty();
  }

  private Vehicle upload() {
    return motorhub
        .garage()
        .uploadVehicleImage()
        .upload(new UploadVehicleImage.Command(owner, vehicle.id(), GarageFixtures.PNG));
  }

  private List<String> files() throws IOException {
    try (Stream<Path> listed = Files.list(directory)) {
      return listed.map(p -> p.getFileName().toString()).toList();
    }
  }
}
