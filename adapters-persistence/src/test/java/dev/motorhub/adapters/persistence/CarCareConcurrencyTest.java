package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.carcare.RecordAttendance;
import dev.motorhub.application.contract.Rivals;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Car care's races on a real PostgreSQL, through the real use cases: forty requests for one day
 * opened from twenty threads fill every mechanic to their capacity and no further, each request
 * once; a mechanic marked absent while requests are being scheduled is left with no job that day.
 */
class CarCareConcurrencyTest {
  private static final int THREADS = 20;

  private final WorkshopOnPostgres workshop = new WorkshopOnPostgres(THREADS + 2);

  @AfterEach
  void close() {
    workshop.close();
  }

  @Test
  void fortyRequestsForOneDayFromTwentyThreads_fillEveryMechanicToCapacity_eachRequestOnce()
      throws Exception {
    List<Mechanic> mechanics =
        List.of(
            workshop.mechanic("mo", 12, 3),
            workshop.mechanic("ann", 8, 4),
            workshop.mechanic("raj", 5, 5));
    mechanics.forEach(m -> workshop.mark(m, AttendanceStatus.PRESENT));
    int capacity = mechanics.stream().mapToInt(Mechanic::dailyCapacity).sum();

    List<ServiceRequest> opened = openedBy(Rivals.race(THREADS, i -> () -> openTwo(i)));

    assertThat(opened).hasSize(40).extracting(ServiceRequest::id).doesNotHaveDuplicates();
    List<ServiceRequest> assigned = workshop.assignedToday();
    assertThat(assigned).extracting(ServiceRequest::id).doesNotHaveDuplicates().hasSize(capacity);
    Map<MechanicId, Long> jobs = jobsByMechanic(assigned);
    mechanics.forEach(m -> assertThat(jobs.get(m.id())).isEqualTo(m.dailyCapacity()));
    assertThat(opened)
        .filteredOn(ServiceRequest.Pending.class::isInstance)
        .hasSize(40 - capacity)
        .extracting(r -> ((ServiceRequest.Pending) r).waitingReason())
        .containsOnly("Every mechanic who could do it that day is fully booked.");
    assertThat(workshop.requestedToday()).containsExactlyInAnyOrderElementsOf(opened);
  }

  @Test
  void markingAMechanicAbsentWhileRequestsAreScheduled_leavesThemNoJobThatDay() throws Exception {
    Mechanic mo = workshop.mechanic("mo", 20, 10);
    List<Mechanic> others =
        List.of(workshop.mechanic("ann", 8, 20), workshop.mechanic("raj", 5, 20));
    workshop.mark(mo, AttendanceStatus.PRESENT);
    others.forEach(m -> workshop.mark(m, AttendanceStatus.PRESENT));
    CountDownLatch someOpened = new CountDownLatch(3);
    List<RecordAttendance.Recorded> absence = new ArrayList<>();

    // The first rival marks mo absent once a few have opened requests; the others keep opening.
    List<ServiceRequest> opened =
        openedBy(
            Rivals.race(
                THREADS,
                i -> {
                  if (i == 0) {
                    return () -> {
                      someOpened.await();
                      absence.add(workshop.mark(mo, AttendanceStatus.ABSENT));
                      return List.of();
                    };
                  }
                  return () -> {
                    List<ServiceRequest> two = openTwo(i);
                    someOpened.countDown();
                    return two;
                  };
                }));

    assertThat(absence.getFirst().moved()).as("the jobs mo gave up").isNotEmpty();
    assertThat(workshop.assignedToday())
        .hasSize(opened.size())
        .extracting(r -> r.mechanic().orElseThrow())
        .doesNotContain(mo.id())
        .containsOnly(others.get(0).id(), others.get(1).id());
    jobsByMechanic(workshop.assignedToday())
        .values()
        .forEach(n -> assertThat(n).isLessThanOrEqualTo(20));
  }

  /** Two requests for today opened one after the other by a customer. */
  private List<ServiceRequest> openTwo(int rival) {
    return List.of(workshop.open(rival), workshop.open(rival));
  }

  private static List<ServiceRequest> openedBy(List<List<ServiceRequest>> rivals) {
    return rivals.stream().flatMap(List::stream).toList();
  }

  private static Map<MechanicId, Long> jobsByMechanic(List<ServiceRequest> jobs) {
    return jobs.stream()
        .collect(Collectors.groupingBy(r -> r.mechanic().orElseThrow(), Collectors.counting()));
  }
}
