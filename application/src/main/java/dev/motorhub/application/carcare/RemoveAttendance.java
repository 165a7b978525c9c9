package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.AttendanceId;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.shared.NotFound;
import java.util.Objects;

/**
 * Staff remove a day's attendance record made in error: the mechanic's day is unrecorded again (not
 * scheduled for that day until recorded present), under that day's lock as scheduling takes it.
 * Jobs the record moved or left stay where they are; staff assign them by hand.
 */
public final class RemoveAttendance {
  /** Who asks, which record. */
  public record Command(Principal principal, AttendanceId record) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(record, "record");
    }
  }

  private final Transactions tx;
  private final AttendanceRepository attendance;
  private final ServiceRequestRepository requests;
  private final CarCarePolicy policy;

  public RemoveAttendance(
      Transactions tx,
      AttendanceRepository attendance,
      ServiceRequestRepository requests,
      CarCarePolicy policy) {
    this.tx = tx;
    this.attendance = attendance;
    this.requests = requests;
    this.policy = policy;
  }

  /** Removes the record and answers it as it was. */
  public Attendance remove(Command command) {
    policy.requireStaff(command.principal().actor());
    return tx.inTransaction(
        () -> {
          Attendance record =
              attendance.findById(command.record()).orElseThrow(() -> new NotFound("Attendance"));
          requests.lockDay(record.date());
          Attendance held =
              attendance.findById(command.record()).orElseThrow(() -> new NotFound("Attendance"));
          attendance.delete(held.id());
          return held;
        });
  }
}
