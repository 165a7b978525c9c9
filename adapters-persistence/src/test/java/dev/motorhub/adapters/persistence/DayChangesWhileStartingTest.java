package dev.motorhub.adapters.persistence;

import static dev.motorhub.application.support.TestWorkshop.OIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.carcare.SetWorkStatus;
import dev.motorhub.application.contract.Rivals;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.shared.Failure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mechanic's day changed at the moment their job starts, on a real PostgreSQL: marked absent,
 * each call happens or is refused with one of the core's failures, never a server error (marking
 * absent re-reads the job once it holds it); set available, a mechanic whose job is in progress is
 * left busy (status changes lock the mechanic, and check for work in progress under that lock).
 */
class DayChangesWhileStartingTest extends WorkshopRace {
  @Test
  void markingAbsentWhileTheJobStarts_answersEveryCallWithoutAServerError() throws Exception {
    var alice = shop.customer("alice");
    List<Mechanic> mechanics = new ArrayList<>();
    List<ServiceRequest> jobs = new ArrayList<>();
    for (int i = 0; i < PAIRS; i++) {
      Mechanic mechanic = shop.mechanic("m" + i, 50 - i, 1, OIL);
      shop.present(mechanic);
      mechanics.add(mechanic);
      jobs.add(shop.open(alice, OIL, shop.today()));
    }

    List<String> outcomes =
        race(
            i -> {
              ServiceRequest job = jobs.get(i / 2);
              if (i % 2 == 0) {
                shop.start(shop.staff, job);
              } else {
                shop.mark(assignee(mechanics, job), shop.today(), AttendanceStatus.ABSENT);
              }
            });

    assertThat(outcomes).allMatch(o -> o.equals("done") || o.equals("refused"));
  }

  @Test
  void settingAvailableWhileTheJobStarts_leavesEveryMechanicWithWorkInProgressBusy()
      throws Exception {
    var alice = shop.customer("alice");
    List<ServiceRequest> jobs = new ArrayList<>();
    for (int i = 0; i < PAIRS; i++) {
      shop.present(shop.mechanic("m" + i, 50 - i, 1, OIL));
      jobs.add(shop.open(alice, OIL, shop.today()));
    }

    Rivals.race(
        2 * PAIRS,
        i ->
            () -> {
              ServiceRequest job = jobs.get(i / 2);
              try {
                if (i % 2 == 0) {
                  shop.start(shop.staff, job);
                } else {
                  shop.motorhub
                      .carCare()
                      .setWorkStatus()
                      .set(
                          new SetWorkStatus.Command(
                              shop.staff, job.mechanic().orElseThrow(), WorkStatus.AVAILABLE));
                }
              } catch (Failure refused) {
                return false;
              }
              return true;
            });

    for (ServiceRequest job : jobs) {
      MechanicId mechanic = job.mechanic().orElseThrow();
      boolean working =
          store
              .transactions()
              .inTransaction(() -> store.serviceRequests().hasWorkInProgress(mechanic));
      var status = store.transactions().inTransaction(() -> store.workStatuses().current(mechanic));
      assertThat(working).as("job %s started", job.id()).isTrue();
      assertThat(status)
          .as("mechanic %s", mechanic)
          .hasValueSatisfying(change -> assertThat(change.status()).isEqualTo(WorkStatus.BUSY));
    }
  }

  private static Mechanic assignee(List<Mechanic> mechanics, ServiceRequest job) {
    return mechanics.stream()
        .filter(m -> job.mechanic().orElseThrow().equals(m.id()))
        .findFirst()
        .orElseThrow();
  }
}
