package dev.motorhub.application.carcare;

import static dev.motorhub.application.support.Refusals.refused;
import static dev.motorhub.application.support.TestWorkshop.BRAKES;
import static dev.motorhub.application.support.TestWorkshop.OIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import org.junit.jupiter.api.Test;

/** Staff assign and reassign by hand under the policy's checks; the day's schedule shows it. */
class ScheduleByHandTest {
  private final TestWorkshop shop = new TestWorkshop();
  private final Mechanic mo = shop.mechanic("mo", 9, 1, OIL);
  private final Mechanic ann = shop.mechanic("ann", 3, 2, OIL);
  private final Mechanic bo = shop.mechanic("bo", 3, 2, BRAKES);
  private final Principal alice = shop.customer("alice");

  private ServiceRequest assign(Principal by, ServiceRequest request, Mechanic to) {
    return shop.motorhub
        .carCare()
        .scheduleServiceRequest()
        .schedule(new ScheduleServiceRequest.Command(by, request.id(), to.id()));
  }

  @Test
  void staffAssignAWaitingRequest_thenMoveIt_tellingEveryone() {
    ServiceRequest waiting = shop.open(alice, OIL, shop.today());
    shop.present(mo);
    shop.present(ann);

    assertThat(assign(shop.staff, waiting, mo).mechanic()).contains(mo.id());
    ServiceRequest moved = assign(shop.staff, waiting, ann);

    assertThat(moved.mechanic()).contains(ann.id());
    assertThat(shop.toldTo(mo.userId()))
        .contains(NotificationKind.JOB_ASSIGNED, NotificationKind.JOB_WITHDRAWN);
    assertThat(shop.toldTo(alice.actor().id()))
        .contains(
            NotificationKind.SERVICE_REQUEST_SCHEDULED,
            NotificationKind.SERVICE_REQUEST_RESCHEDULED);
  }

  @Test
  void theSameChecksApply_andOnlyStaffAssign() {
    shop.present(mo);
    shop.present(bo);
    ServiceRequest first = shop.open(alice, OIL, shop.today());
    ServiceRequest second = shop.open(alice, OIL, shop.today());

    assertThat(refused(RuleViolated.class, () -> assign(shop.staff, second, bo)))
        .hasMessageContaining("specialization");
    assertThat(refused(RuleViolated.class, () -> assign(shop.staff, second, ann)))
        .hasMessageContaining("works that day");
    assertThat(refused(RuleViolated.class, () -> assign(shop.staff, second, mo)))
        .hasMessageContaining("fully booked");
    refused(Forbidden.class, () -> assign(alice, second, mo));
    assertThat(first.mechanic()).contains(mo.id());
  }

  @Test
  void theDaysSchedule_showsStaffEveryMechanic_andAMechanicTheirOwn() {
    shop.present(mo);
    ServiceRequest job = shop.open(alice, OIL, shop.today());
    var schedule = shop.motorhub.carCare().viewSchedule();

    var all = schedule.view(shop.staff, shop.today(), PageRequest.first(10)).items();
    assertThat(all).extracting(d -> d.mechanic().id()).containsExactly(mo.id(), ann.id(), bo.id());
    assertThat(all.getFirst().jobs()).extracting(ServiceRequest::id).containsExactly(job.id());
    assertThat(all.getFirst().load()).isEqualTo(1);
    var own = schedule.view(shop.signedIn(ann), shop.today(), PageRequest.first(10)).items();
    assertThat(own).singleElement().satisfies(d -> assertThat(d.jobs()).isEmpty());
    refused(Forbidden.class, () -> schedule.view(alice, shop.today(), PageRequest.first(10)));
  }
}
