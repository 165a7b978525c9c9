package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.WorkStatusChange;
import dev.motorhub.domain.carcare.WorkStatusChangeId;
import dev.motorhub.domain.carcare.WorkStatusPolicy;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Staff withdraw a mechanic's latest work status change, made in error: the change before it is
 * their status again, if the facts allow it (absent today is off, a job in progress busy). Earlier
 * changes are the mechanic's history and stay.
 */
public final class WithdrawWorkStatus {
  /** Who asks, which change. */
  public record Command(Principal principal, WorkStatusChangeId change) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(change, "change");
    }
  }

  private final Transactions tx;
  private final Workshop workshop;
  private final WorkStatusRepository statuses;
  private final AttendanceRepository attendance;
  private final ServiceRequestRepository requests;
  private final CarCarePolicy policy;
  private final WorkStatusPolicy rules;
  private final Clock clock;

  public WithdrawWorkStatus(
      Transactions tx,
      Workshop workshop,
      WorkStatusRepository statuses,
      AttendanceRepository attendance,
      ServiceRequestRepository requests,
      CarCarePolicy policy,
      WorkStatusPolicy rules,
      Clock clock) {
    this.tx = tx;
    this.workshop = workshop;
    this.statuses = statuses;
    this.attendance = attendance;
    this.requests = requests;
    this.policy = policy;
    this.rules = rules;
    this.clock = clock;
  }

  /** Removes the change and answers it as it was. */
  public WorkStatusChange withdraw(Command command) {
    policy.requireStaff(command.principal().actor());
    return tx.inTransaction(
        () -> {
          WorkStatusChange change =
              statuses.findById(command.change()).orElseThrow(() -> new NotFound("Work status"));
          var mechanic = workshop.lockMechanic(change.mechanic()).id();
          if (!statuses
              .current(mechanic)
              .map(WorkStatusChange::id)
              .equals(Optional.of(change.id()))) {
            throw new RuleViolated(
                "Only the mechanic's latest status change is withdrawn; earlier ones are history.");
          }
          statuses.delete(change.id());
          var today = attendance.find(mechanic, LocalDate.now(clock)).map(Attendance::status);
          boolean working = requests.hasWorkInProgress(mechanic);
          statuses
              .current(mechanic)
              .ifPresent(before -> rules.require(before.status(), today, working));
          return change;
        });
  }
}
