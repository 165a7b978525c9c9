package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.AttendanceId;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A mechanic records whether they are at work today, or staff for any day up to today; a second
 * record for a date updates the first. Marking a mechanic absent moves their scheduled jobs of that
 * day to other mechanics, or back to pending where nobody fits, and tells the customers; for today
 * it sets their work status to off (present again, to available, unless they are at work).
 */
public final class RecordAttendance {
  /** Who asks, for which mechanic, which date, present or absent. */
  public record Command(
      Principal principal, MechanicId mechanic, LocalDate date, AttendanceStatus status) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(mechanic, "mechanic");
      if (date == null) {
        throw InvalidInput.of("attendance_date", "This field is required.");
      }
      if (status == null) {
        throw InvalidInput.of("status", "This field is required.");
      }
    }
  }

  /** The record kept, and the jobs that moved (reassigned or back to pending). */
  public record Recorded(Attendance attendance, List<ServiceRequest> moved) {}

  private final Transactions tx;
  private final Workshop workshop;
  private final AttendanceRepository attendance;
  private final ServiceRequestRepository requests;
  private final Scheduler scheduler;
  private final WorkStatusLog statuses;
  private final CarCarePolicy policy;
  private final IdGenerator ids;
  private final Clock clock;

  public RecordAttendance(
      Transactions tx,
      Workshop workshop,
      AttendanceRepository attendance,
      ServiceRequestRepository requests,
      Scheduler scheduler,
      WorkStatusLog statuses,
      CarCarePolicy policy,
      IdGenerator ids,
      Clock clock) {
    this.tx = tx;
    this.workshop = workshop;
    this.attendance = attendance;
    this.requests = requests;
    this.scheduler = scheduler;
    this.statuses = statuses;
    this.policy = policy;
    this.ids = ids;
    this.clock = clock;
  }

  public Recorded record(Command command) {
    var actor = command.principal().actor();
    LocalDate today = LocalDate.now(clock);
    return tx.inTransaction(
        () -> {
          var mechanic = workshop.mechanic(command.mechanic());
          policy.requireSelfOrStaff(actor, mechanic);
          policy.requireAttendanceDate(actor, command.date(), today);
          requests.lockDay(command.date());
          Attendance kept =
              attendance.record(
                  new Attendance(
                      new AttendanceId(ids.next()),
                      mechanic.id(),
                      command.date(),
                      command.status(),
                      actor.id(),
                      clock.instant()));
          List<ServiceRequest> moved =
              kept.present()
                  ? List.of()
                  : requests.assignedOn(command.date()).stream()
                      .filter(r -> scheduledWith(r, mechanic.id(), command.date()))
                      .map(r -> workshop.lock(r.id()))
                      // Locked, a job may turn out started or moved meanwhile: it stays as it is.
                      .filter(r -> scheduledWith(r, mechanic.id(), command.date()))
                      .map(r -> scheduler.moveOff((ServiceRequest.Scheduled) r))
                      .toList();
          if (command.date().equals(today) && workshop.lockIdle(mechanic.id())) {
            statuses.follow(
                mechanic.id(), kept.present() ? WorkStatus.AVAILABLE : WorkStatus.OFF, actor.id());
          }
          return new Recorded(kept, moved);
        });
  }

  private static boolean scheduledWith(ServiceRequest request, MechanicId mechanic, LocalDate day) {
    return request instanceof ServiceRequest.Scheduled scheduled
        && scheduled.assigned().equals(mechanic)
        && scheduled.details().requestedDate().equals(day);
  }
}
