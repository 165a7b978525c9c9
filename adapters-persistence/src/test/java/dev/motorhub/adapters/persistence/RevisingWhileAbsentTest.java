package dev.motorhub.adapters.persistence;

import static dev.motorhub.application.support.TestWorkshop.OIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.carcare.ReviseServiceRequest;
import dev.motorhub.application.carcare.ScheduleServiceRequest;
import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.ServiceRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Requests revised to another date while mechanics are marked absent, or while staff assign them by
 * hand, on a real PostgreSQL: revising takes the lock of the day it moves to, as marking absence
 * and scheduling do, so no request moved to today ends with a mechanic absent today; assigning by
 * hand refuses a request whose date moved while it waited for its day's lock (it had counted the
 * mechanic's load on the old day, and overfilled them on the new one).
 */
class RevisingWhileAbsentTest extends WorkshopRace {
  @Test
  void requestsMovedToTodayWhileTheirMechanicsAreMarkedAbsent_endWithPresentMechanicsOnly()
      throws Exception {
    var alice = shop.customer("alice");
    List<Mechanic> mechanics = new ArrayList<>();
    for (int i = 0; i < PAIRS; i++) {
      Mechanic mechanic = shop.mechanic("m" + i, 50 - i, PAIRS, OIL);
      shop.present(mechanic);
      mechanics.add(mechanic);
    }
    List<ServiceRequest> jobs = new ArrayList<>();
    for (int i = 0; i < PAIRS; i++) {
      jobs.add(shop.open(alice, OIL, shop.today().plusDays(1)));
    }

    List<String> outcomes =
        race(
            i -> {
              if (i % 2 == 0) {
                revise(jobs.get(i / 2), shop.today());
              } else {
                shop.mark(mechanics.get(i / 2), shop.today(), AttendanceStatus.ABSENT);
              }
            });

    assertThat(outcomes).allMatch(o -> o.equals("done") || o.equals("refused"));
    assertThat(absentToday()).isNotEmpty();
    assertThat(todaysAssignees()).doesNotContainAnyElementsOf(absentToday());
  }

  @Test
  void requestsAssignedByHandWhileTheyMoveToTomorrow_neverOverfillTheMechanicTomorrow()
      throws Exception {
    var alice = shop.customer("alice");
    Mechanic mo = shop.mechanic("mo", 9, 2 * PAIRS, OIL);
    shop.present(mo);
    List<ServiceRequest> jobs = new ArrayList<>();
    for (int i = 0; i < PAIRS; i++) {
      jobs.add(shop.open(alice, OIL, shop.today()));
    }
    List<Mechanic> full = new ArrayList<>();
    for (int i = 0; i < PAIRS; i++) {
      Mechanic mechanic = shop.mechanic("full" + i, 1, 1, OIL);
      shop.present(mechanic);
      assignByHand(shop.open(alice, OIL, shop.today().plusDays(1)), mechanic);
      full.add(mechanic);
    }

    List<String> outcomes =
        race(
            i -> {
              ServiceRequest job = jobs.get(i / 2);
              if (i % 2 == 0) {
                revise(job, shop.today().plusDays(1));
              } else {
                assignByHand(job, full.get(i / 2));
              }
            });

    assertThat(outcomes).allMatch(o -> o.equals("done") || o.equals("refused"));
    var tomorrow =
        store
            .transactions()
            .inTransaction(() -> store.serviceRequests().loadOn(shop.today().plusDays(1)));
    assertThat(full).allSatisfy(m -> assertThat(tomorrow).containsEntry(m.id(), 1));
  }

  private void assignByHand(ServiceRequest job, Mechanic mechanic) {
    shop.motorhub
        .carCare()
        .scheduleServiceRequest()
        .schedule(new ScheduleServiceRequest.Command(shop.staff, job.id(), mechanic.id()));
  }

  private void revise(ServiceRequest job, LocalDate to) {
    shop.motorhub
        .carCare()
        .reviseServiceRequest()
        .revise(new ReviseServiceRequest.Command(shop.staff, job.id(), "Moved", to));
  }

  /** The mechanics (ids as text) of the requests assigned on today. */
  private Set<String> todaysAssignees() {
    return store
        .transactions()
        .inTransaction(() -> store.serviceRequests().assignedOn(shop.today()))
        .stream()
        .map(r -> r.mechanic().orElseThrow().toString())
        .collect(Collectors.toSet());
  }

  /** The mechanics (ids as text) absent today. */
  private Set<String> absentToday() {
    return store
        .transactions()
        .inTransaction(() -> store.attendance().onDate(shop.today()))
        .stream()
        .filter(a -> !a.present())
        .map(Attendance::mechanic)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }
}
