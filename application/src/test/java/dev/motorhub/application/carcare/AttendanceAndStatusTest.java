package dev.motorhub.application.carcare;

import static dev.motorhub.application.support.Refusals.refused;
import static dev.motorhub.application.support.TestWorkshop.OIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.carcare.Assignment;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Attendance, once a mechanic a day, moves an absent mechanic's jobs; status follows the facts. */
class AttendanceAndStatusTest {
  private final TestWorkshop shop = new TestWorkshop();
  private final Mechanic mo = shop.mechanic("mo", 9, 4, OIL);
  private final Mechanic ann = shop.mechanic("ann", 3, 4, OIL);
  private final Principal alice = shop.customer("alice");
  private final Principal moIn = shop.signedIn(mo);

  private RecordAttendance.Recorded record(Principal by, LocalDate date, AttendanceStatus status) {
    return shop.motorhub
        .carCare()
        .recordAttendance()
        .record(new RecordAttendance.Command(by, mo.id(), date, status));
  }

  private void setStatus(Principal by, WorkStatus status) {
    shop.motorhub.carCare().setWorkStatus().set(new SetWorkStatus.Command(by, mo.id(), status));
  }

  @Test
  void aSecondRecordForADay_updatesTheFirst() {
    var first = record(moIn, shop.today(), AttendanceStatus.PRESENT).attendance();
    var second = record(moIn, shop.today(), AttendanceStatus.ABSENT).attendance();

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.status()).isEqualTo(AttendanceStatus.ABSENT);
  }

  @Test
  void staffRemoveARecordMadeInError_leavingTheDayUnrecorded_andOnlyStaffMay() {
    var record = record(moIn, shop.today(), AttendanceStatus.PRESENT).attendance();
    var remove = shop.motorhub.carCare().removeAttendance();

    refused(Forbidden.class, () -> remove.remove(new RemoveAttendance.Command(moIn, record.id())));
    assertThat(remove.remove(new RemoveAttendance.Command(shop.staff, record.id())))
        .isEqualTo(record);

    ServiceRequest waiting = shop.open(alice, OIL, shop.today());
    assertThat(waiting).isInstanceOf(ServiceRequest.Pending.class);
    refused(
        NotFound.class, () -> remove.remove(new RemoveAttendance.Command(shop.staff, record.id())));
  }

  @Test
  void neverForAFutureDate_andAMechanicOnlyForToday() {
    assertThat(
            refused(
                    InvalidInput.class,
                    () -> record(shop.staff, shop.today().plusMonths(1), AttendanceStatus.PRESENT))
                .errors())
        .containsKey("attendance_date");
    refused(
        Forbidden.class, () -> record(moIn, shop.today().minusDays(1), AttendanceStatus.PRESENT));
    refused(
        Forbidden.class, () -> record(shop.signedIn(ann), shop.today(), AttendanceStatus.PRESENT));
    assertThat(
            record(shop.staff, shop.today().minusDays(3), AttendanceStatus.ABSENT)
                .attendance()
                .status())
        .isEqualTo(AttendanceStatus.ABSENT);
  }

  @Test
  void markingAbsent_movesTheDaysJobsToAnother_orBackToPending_tellingTheCustomer() {
    shop.present(mo);
    ServiceRequest first = shop.open(alice, OIL, shop.today());
    assertThat(first.mechanic()).contains(mo.id());
    shop.present(ann);
    ServiceRequest second = shop.open(alice, OIL, shop.today());
    assertThat(second.mechanic()).contains(ann.id());

    var moved = record(shop.staff, shop.today(), AttendanceStatus.ABSENT).moved();

    assertThat(moved).extracting(ServiceRequest::mechanic).containsOnly(Optional.of(ann.id()));
    assertThat(shop.toldTo(mo.userId())).contains(NotificationKind.JOB_WITHDRAWN);
    assertThat(shop.toldTo(alice.actor().id()))
        .contains(NotificationKind.SERVICE_REQUEST_RESCHEDULED);
    shop.mark(ann, shop.today(), AttendanceStatus.ABSENT);
    var waiting = shop.motorhub.carCare().viewServiceRequests().get(alice, first.id());
    assertThat(waiting).isInstanceOf(ServiceRequest.Pending.class);
    assertThat(((ServiceRequest.Pending) waiting).waitingReason())
        .isEqualTo(Assignment.Reason.NOBODY_WORKING.message());
    assertThat(shop.toldTo(alice.actor().id()))
        .contains(NotificationKind.SERVICE_REQUEST_UNSCHEDULED);
  }

  @Test
  void workStatus_followsAttendanceAndJobs_andEveryChangeIsKept() {
    record(moIn, shop.today(), AttendanceStatus.ABSENT);
    assertThat(refused(RuleViolated.class, () -> setStatus(moIn, WorkStatus.AVAILABLE)))
        .hasMessageContaining("absent");
    record(moIn, shop.today(), AttendanceStatus.PRESENT);
    setStatus(moIn, WorkStatus.OFF);
    setStatus(shop.staff, WorkStatus.AVAILABLE);
    ServiceRequest job = shop.open(alice, OIL, shop.today());
    shop.start(moIn, job);
    assertThat(refused(RuleViolated.class, () -> setStatus(moIn, WorkStatus.OFF)))
        .hasMessageContaining("in progress");
    refused(Forbidden.class, () -> setStatus(alice, WorkStatus.OFF));

    var history =
        shop.motorhub
            .store()
            .transactions()
            .inTransaction(
                () ->
                    shop.motorhub
                        .store()
                        .workStatuses()
                        .history(Optional.of(mo.id()), PageRequest.first(20)));
    assertThat(history.items())
        .extracting(c -> c.status())
        .containsExactly(
            WorkStatus.OFF,
            WorkStatus.AVAILABLE,
            WorkStatus.OFF,
            WorkStatus.AVAILABLE,
            WorkStatus.BUSY);
  }
}
