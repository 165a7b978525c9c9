package dev.motorhub.adapters.persistence;

import static dev.motorhub.application.support.TestWorkshop.OIL;
import static dev.motorhub.domain.notifications.NotificationKind.JOB_WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.carcare.ServiceRequestFilter;
import dev.motorhub.application.contract.Rivals;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Car care's races on a real PostgreSQL, through the real use cases: forty requests for one day
 * opened from twenty threads fill every mechanic to their capacity and no further, each request
 * once; mechanics marked absent while requests are being scheduled are left with no job that day.
 */
class CarCareConcurrencyTest {
  private static final int THREADS = 20;

  private PostgresStore store;
  private TestWorkshop shop;
  private List<Principal> customers;

  @BeforeEach
  void aWorkshopWithCustomers() {
    PostgresTestDatabase.emptyStore();
    store = PostgresStore.connect(PostgresTestDatabase.url(), THREADS + 2);
    shop = new TestWorkshop(store);
    customers = List.of(shop.customer("alice"), shop.customer("bob"), shop.customer("carol"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void fortyRequestsForOneDayFromTwentyThreads_fillEveryMechanicToCapacity_eachRequestOnce()
      throws Exception {
    List<Mechanic> mechanics =
        List.of(shop.mechanic("mo", 12, 3, OIL), shop.mechanic("ann", 8, 4, OIL));
    mechanics.forEach(shop::present);
    int capacity = mechanics.stream().mapToInt(Mechanic::dailyCapacity).sum();

    List<ServiceRequest> opened = openedBy(Rivals.race(THREADS, i -> () -> openTwo(i)));

    assertThat(opened).hasSize(40).extracting(ServiceRequest::id).doesNotHaveDuplicates();
    List<ServiceRequest> assigned = assignedToday();
    assertThat(assigned).extracting(ServiceRequest::id).doesNotHaveDuplicates().hasSize(capacity);
    Map<MechanicId, Long> jobs = jobsByMechanic(assigned);
    mechanics.forEach(m -> assertThat(jobs.get(m.id())).isEqualTo(m.dailyCapacity()));
    assertThat(opened)
        .filteredOn(ServiceRequest.Pending.class::isInstance)
        .hasSize(40 - capacity)
        .extracting(r -> ((ServiceRequest.Pending) r).waitingReason())
        .containsOnly("Every mechanic who could do it that day is fully booked.");
    assertThat(everyRequest()).containsExactlyInAnyOrderElementsOf(opened);
  }

  @Test
  void markingMechanicsAbsentWhileRequestsAreScheduled_leavesThemNoJobThatDay() throws Exception {
    List<Mechanic> absent =
        List.of(
            shop.mechanic("mo", 20, 20, OIL),
            shop.mechanic("ann", 15, 20, OIL),
            shop.mechanic("raj", 10, 20, OIL));
    List<Mechanic> present =
        List.of(shop.mechanic("eve", 5, 20, OIL), shop.mechanic("kim", 2, 20, OIL));
    absent.forEach(shop::present);
    present.forEach(shop::present);
    // The i-th absence waits until 2 (i + 1) rivals have opened their requests.
    List<CountDownLatch> opened =
        List.of(new CountDownLatch(2), new CountDownLatch(4), new CountDownLatch(6));

    // The first rivals each mark one mechanic absent, at a different point in the stream of
    // openings; the others keep opening requests.
    List<ServiceRequest> requests =
        openedBy(
            Rivals.race(
                THREADS,
                i -> {
                  if (i < absent.size()) {
                    return () -> {
                      opened.get(i).await();
                      shop.mark(absent.get(i), shop.today(), AttendanceStatus.ABSENT);
                      return List.of();
                    };
                  }
                  return () -> {
                    List<ServiceRequest> two = openTwo(i);
                    opened.forEach(CountDownLatch::countDown);
                    return two;
                  };
                }));

    assertThat(absent)
        .as("each had jobs, and gave them up")
        .allSatisfy(m -> assertThat(shop.toldTo(m.userId())).contains(JOB_WITHDRAWN));
    List<ServiceRequest> assigned = assignedToday();
    assertThat(assigned)
        .hasSize(requests.size())
        .extracting(r -> r.mechanic().orElseThrow())
        .containsOnly(present.get(0).id(), present.get(1).id());
    jobsByMechanic(assigned).values().forEach(n -> assertThat(n).isLessThanOrEqualTo(20));
  }

  /** Two requests for today opened one after the other by a customer. */
  private List<ServiceRequest> openTwo(int rival) {
    Principal customer = customers.get(rival % customers.size());
    return List.of(shop.open(customer, OIL, shop.today()), shop.open(customer, OIL, shop.today()));
  }

  private List<ServiceRequest> assignedToday() {
    return store
        .transactions()
        .inTransaction(() -> store.serviceRequests().assignedOn(shop.today()));
  }

  private List<ServiceRequest> everyRequest() {
    return shop.motorhub
        .carCare()
        .viewServiceRequests()
        .list(shop.staff, ServiceRequestFilter.ALL, PageRequest.first(100))
        .items();
  }

  private static List<ServiceRequest> openedBy(List<List<ServiceRequest>> rivals) {
    return rivals.stream().flatMap(List::stream).toList();
  }

  private static Map<MechanicId, Long> jobsByMechanic(List<ServiceRequest> jobs) {
    return jobs.stream()
        .collect(Collectors.groupingBy(r -> r.mechanic().orElseThrow(), Collectors.counting()));
  }
}
