package dev.motorhub.application.carcare;

import static dev.motorhub.application.support.TestWorkshop.OIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Many requests for one day scheduled at once never overfill a mechanic, and a mechanic marked
 * absent meanwhile keeps no job: what the day's lock guarantees.
 */
class ConcurrentSchedulingTest {
  private final TestWorkshop shop = new TestWorkshop();

  @Test
  void fortyRequestsFromTwentyThreads_neverExceedCapacity_andOneMechanicsAbsenceLeavesHimNone()
      throws Exception {
    List<Mechanic> mechanics = new ArrayList<>();
    for (String name : List.of("mo", "ann", "bo")) {
      Mechanic mechanic = shop.mechanic(name, 5, 10, OIL);
      shop.present(mechanic);
      mechanics.add(mechanic);
    }
    Principal alice = shop.customer("alice");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> work = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(20)) {
      for (int i = 0; i < 40; i++) {
        work.add(
            threads.submit(
                () -> {
                  start.await();
                  return shop.open(alice, OIL, shop.today());
                }));
        if (i == 20) {
          work.add(
              threads.submit(
                  () -> {
                    start.await();
                    shop.mark(mechanics.getFirst(), shop.today(), AttendanceStatus.ABSENT);
                    return null;
                  }));
        }
      }
      start.countDown();
    }
    for (Future<?> done : work) {
      done.get();
    }

    List<ServiceRequest> all =
        shop.motorhub
            .carCare()
            .viewServiceRequests()
            .list(shop.staff, ServiceRequestFilter.ALL, PageRequest.first(100))
            .items();
    Map<Optional<MechanicId>, Long> load =
        all.stream()
            .collect(Collectors.groupingBy(ServiceRequest::mechanic, Collectors.counting()));
    assertThat(all).hasSize(40);
    assertThat(load.get(Optional.of(mechanics.get(1).id()))).isEqualTo(10);
    assertThat(load.get(Optional.of(mechanics.get(2).id()))).isEqualTo(10);
    assertThat(load).doesNotContainKey(Optional.of(mechanics.getFirst().id()));
    assertThat(load.get(Optional.<MechanicId>empty())).isEqualTo(20);
  }
}
