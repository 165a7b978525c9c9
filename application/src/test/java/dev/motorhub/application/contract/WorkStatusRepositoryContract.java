package dev.motorhub.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.carcare.WorkStatusChange;
import dev.motorhub.domain.carcare.WorkStatusChangeId;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code WorkStatusRepository} keeps: every change, the latest being current. */
public abstract class WorkStatusRepositoryContract extends StoreContract {
  private Mechanic mo;
  private Mechanic ann;

  @BeforeEach
  void twoMechanics() {
    mo = CarCareFixtures.mechanic(store, "mo");
    ann = CarCareFixtures.mechanic(store, "ann");
  }

  private static WorkStatusChange change(Mechanic mechanic, WorkStatus status, long minute) {
    return new WorkStatusChange(
        new WorkStatusChangeId(Fixtures.nextId()),
        mechanic.id(),
        status,
        mechanic.userId(),
        Fixtures.at(minute));
  }

  @Test
  void current_isTheLatestChange_andHistoryKeepsEveryOne() {
    WorkStatusChange available = change(mo, WorkStatus.AVAILABLE, 1);
    WorkStatusChange busy = change(mo, WorkStatus.BUSY, 2);
    WorkStatusChange annOff = change(ann, WorkStatus.OFF, 3);
    runTx(
        () -> {
          store.workStatuses().add(available);
          store.workStatuses().add(busy);
          store.workStatuses().add(annOff);
        });

    assertThat(inTx(() -> store.workStatuses().current(mo.id()))).contains(busy);
    assertThat(inTx(() -> store.workStatuses().current(ann.id()))).contains(annOff);
    assertThat(inTx(() -> store.workStatuses().findById(available.id()))).contains(available);
    assertThat(
            inTx(() -> store.workStatuses().history(Optional.of(mo.id()), PageRequest.first(9)))
                .items())
        .containsExactly(available, busy);
    assertThat(
            inTx(() -> store.workStatuses().history(Optional.empty(), PageRequest.first(2)))
                .nextCursor())
        .isPresent();
  }

  @Test
  void aDeletedLatestChange_leavesTheOneBeforeItCurrent() {
    WorkStatusChange available = change(mo, WorkStatus.AVAILABLE, 1);
    WorkStatusChange off = change(mo, WorkStatus.OFF, 2);
    runTx(
        () -> {
          store.workStatuses().add(available);
          store.workStatuses().add(off);
        });

    runTx(() -> store.workStatuses().delete(off.id()));

    assertThat(inTx(() -> store.workStatuses().findById(off.id()))).isEmpty();
    assertThat(inTx(() -> store.workStatuses().current(mo.id()))).contains(available);
    runTx(() -> store.workStatuses().delete(available.id()));
    assertThat(inTx(() -> store.workStatuses().current(mo.id()))).isEmpty();
  }

  @Test
  void aMechanicWithoutChanges_hasNoCurrentStatus() {
    assertThat(inTx(() -> store.workStatuses().current(mo.id()))).isEmpty();
  }
}
