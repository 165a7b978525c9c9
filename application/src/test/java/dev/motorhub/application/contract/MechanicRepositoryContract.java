package dev.motorhub.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.carcare.MechanicRepository;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.carcare.WorkStatusChange;
import dev.motorhub.domain.carcare.WorkStatusChangeId;
import dev.motorhub.domain.identity.User;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code MechanicRepository} keeps: one profile per account at most. */
public abstract class MechanicRepositoryContract extends StoreContract {
  private User alice;
  private User bob;
  private User carol;

  @BeforeEach
  void threeAccounts() {
    alice = Fixtures.user("alice");
    bob = Fixtures.user("bob");
    carol = Fixtures.user("carol");
    runTx(() -> List.of(alice, bob, carol).forEach(store.users()::add));
  }

  @Test
  void addedProfile_isFoundByItsAccountWithEveryField() {
    Mechanic mechanic = Fixtures.mechanic(alice.id(), "Brakes and suspension", 12);
    runTx(() -> store.mechanics().add(mechanic));

    assertThat(inTx(() -> store.mechanics().findByUser(alice.id()))).contains(mechanic);
    assertThat(inTx(() -> store.mechanics().findByUser(bob.id()))).isEmpty();
  }

  @Test
  void lock_readsTheProfileAsFindByIdDoes_andNothingForAnUnknownId() {
    Mechanic mechanic = Fixtures.mechanic(alice.id(), "Brakes", 3);
    runTx(() -> store.mechanics().add(mechanic));

    assertThat(inTx(() -> store.mechanics().lock(mechanic.id()))).contains(mechanic);
    assertThat(inTx(() -> store.mechanics().lock(new MechanicId(UUID.randomUUID())))).isEmpty();
  }

  @Test
  void aSecondProfileOfAnAccount_isAConflictOnUser() {
    runTx(() -> store.mechanics().add(Fixtures.mechanic(alice.id(), "Brakes", 1)));

    assertConflict(
        () -> store.mechanics().add(Fixtures.mechanic(alice.id(), "Engines", 2)),
        "user",
        "This account already has a mechanic profile.");
  }

  @Test
  void findByUsers_isTheProfilesOfThoseAccounts() {
    Mechanic first = Fixtures.mechanic(alice.id(), "Brakes", 1);
    Mechanic second = Fixtures.mechanic(bob.id(), "Engines", 2);
    Mechanic third = Fixtures.mechanic(carol.id(), "Tyres", 3);
    runTx(() -> List.of(first, second, third).forEach(store.mechanics()::add));

    assertThat(inTx(() -> store.mechanics().findByUsers(List.of(carol.id(), alice.id()))))
        .containsExactly(first, third);
    assertThat(inTx(() -> store.mechanics().findByUsers(List.of()))).isEmpty();
  }

  @Test
  void deleteByUser_removesThatAccountsProfileOnly() {
    runTx(
        () -> {
          store.mechanics().add(Fixtures.mechanic(alice.id(), "Brakes", 1));
          store.mechanics().add(Fixtures.mechanic(bob.id(), "Engines", 2));
        });

    runTx(() -> store.mechanics().deleteByUser(alice.id()));
    runTx(() -> store.mechanics().deleteByUser(carol.id()));

    assertThat(inTx(() -> store.mechanics().findByUser(alice.id()))).isEmpty();
    assertThat(inTx(() -> store.mechanics().findByUser(bob.id()))).isPresent();
    assertThat(inTx(() -> store.users().findById(alice.id()))).isPresent();
  }

  @Test
  void delete_takesTheProfileWithItsAttendanceAndStatuses_unlessARequestNamesIt() {
    Mechanic mo = CarCareFixtures.mechanic(store, "mo");
    Mechanic kept = CarCareFixtures.mechanic(store, "kept");
    var present = CarCareFixtures.attendance(mo, CarCareFixtures.DAY, AttendanceStatus.PRESENT);
    var busy =
        new WorkStatusChange(
            new WorkStatusChangeId(Fixtures.nextId()),
            mo.id(),
            WorkStatus.BUSY,
            alice.id(),
            Fixtures.at(1));
    var job = CarCareFixtures.scheduled(alice.id(), kept, CarCareFixtures.DAY);
    runTx(
        () -> {
          store.attendance().record(present);
          store.workStatuses().add(busy);
          store.serviceRequests().add(job);
        });

    runTx(() -> store.mechanics().delete(mo.id()));

    assertThat(inTx(() -> store.mechanics().findById(mo.id()))).isEmpty();
    assertThat(inTx(() -> store.attendance().findById(present.id()))).isEmpty();
    assertThat(inTx(() -> store.workStatuses().findById(busy.id()))).isEmpty();
    assertThat(inTx(() -> store.users().findById(mo.userId()))).isPresent();
    assertConflict(() -> store.mechanics().delete(kept.id()), "", MechanicRepository.ON_RECORD);
    assertThat(inTx(() -> store.mechanics().findById(kept.id()))).contains(kept);
  }
}
