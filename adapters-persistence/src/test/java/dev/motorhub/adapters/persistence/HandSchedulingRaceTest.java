package dev.motorhub.adapters.persistence;

import static dev.motorhub.application.support.TestWorkshop.BRAKES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.carcare.ScheduleServiceRequest;
import dev.motorhub.application.contract.Rivals;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Staff assigning by hand on PostgreSQL, under the same day's lock as automatic scheduling: many
 * waiting requests assigned to one mechanic at once fill their capacity and no more.
 */
class HandSchedulingRaceTest {
  private final TestWorkshop shop = new TestWorkshop(PostgresTestDatabase.emptyStore());

  @Test
  void sixWaitingRequestsAssignedToOneMechanicAtOnce_fillTheirCapacityAndNoMore() throws Exception {
    Principal alice = shop.customer("alice");
    List<ServiceRequest> waiting = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      waiting.add(shop.open(alice, BRAKES, shop.today()));
    }
    Mechanic mo = shop.mechanic("mo", 9, 3, BRAKES);
    shop.present(mo);

    List<Boolean> assigned = Rivals.race(waiting.size(), i -> () -> assign(waiting.get(i), mo));

    assertThat(assigned).filteredOn(a -> a).hasSize(mo.dailyCapacity());
    var store = shop.motorhub.store();
    assertThat(
            store.transactions().inTransaction(() -> store.serviceRequests().loadOn(shop.today())))
        .isEqualTo(Map.of(mo.id(), 3));
  }

  /** Whether staff could assign {@code request} to {@code mechanic}; a full mechanic is refused. */
  private boolean assign(ServiceRequest request, Mechanic mechanic) {
    try {
      shop.motorhub
          .carCare()
          .scheduleServiceRequest()
          .schedule(new ScheduleServiceRequest.Command(shop.staff, request.id(), mechanic.id()));
      return true;
    } catch (RuleViolated full) {
      return false;
    }
  }
}
