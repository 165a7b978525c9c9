package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.carcare.WorkStatusChange;
import dev.motorhub.domain.carcare.WorkStatusPolicy;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A mechanic, or staff, set the mechanic's work status within what the facts allow ({@link
 * WorkStatusPolicy}); every change is kept with its time.
 */
public final class SetWorkStatus {
  /** Who asks, for which mechanic, which status. */
  public record Command(Principal principal, MechanicId mechanic, WorkStatus status) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(mechanic, "mechanic");
      if (status == null) {
        throw InvalidInput.of("work_status", "This field is required.");
      }
    }
  }

  private final Transactions tx;
  private final Workshop workshop;
  private final AttendanceRepository attendance;
  private final ServiceRequestRepository requests;
  private final WorkStatusLog statuses;
  private final CarCarePolicy policy;
  private final WorkStatusPolicy rules;
  private final Clock clock;

  public SetWorkStatus(
      Transactions tx,
      Workshop workshop,
      AttendanceRepository attendance,
      ServiceRequestRepository requests,
      WorkStatusLog statuses,
      CarCarePolicy policy,
      WorkStatusPolicy rules,
      Clock clock) {
    this.tx = tx;
    this.workshop = workshop;
    this.attendance = attendance;
    this.requests = requests;
    this.statuses = statuses;
    this.policy = policy;
    this.rules = rules;
    this.clock = clock;
  }

  public WorkStatusChange set(Command command) {
    var actor = command.principal().actor();
    return tx.inTransaction(
        () -> {
          var mechanic = workshop.lockMechanic(command.mechanic());
          policy.requireSelfOrStaff(actor, mechanic);
          var today = attendance.find(mechanic.id(), LocalDate.now(clock)).map(Attendance::status);
          rules.require(command.status(), today, requests.hasWorkInProgress(mechanic.id()));
          return statuses.set(mechanic.id(), command.status(), actor.id());
        });
  }
}
