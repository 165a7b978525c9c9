package dev.motorhub.application.carcare;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.Assignment;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Staff assign a pending request to a mechanic, or move a scheduled one to another, by hand: the
 * mechanic must pass the same checks the assignment policy makes (specialization, working that day,
 * capacity left), under the lock of the request's day; a request moved to another day meanwhile is
 * a conflict.
 */
public final class ScheduleServiceRequest {
  /** Who asks, which request, to which mechanic. */
  public record Command(Principal principal, ServiceRequestId request, MechanicId mechanic) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(mechanic, "mechanic");
    }
  }

  private final Transactions tx;
  private final Workshop workshop;
  private final ServiceRequestRepository requests;
  private final Scheduler scheduler;
  private final CarCareNotices notices;
  private final CarCarePolicy policy;
  private final Clock clock;

  public ScheduleServiceRequest(
      Transactions tx,
      Workshop workshop,
      ServiceRequestRepository requests,
      Scheduler scheduler,
      CarCareNotices notices,
      CarCarePolicy policy,
      Clock clock) {
    this.tx = tx;
    this.workshop = workshop;
    this.requests = requests;
    this.scheduler = scheduler;
    this.notices = notices;
    this.policy = policy;
    this.clock = clock;
  }

  public ServiceRequest schedule(Command command) {
    policy.requireStaff(command.principal().actor());
    return tx.inTransaction(
        () -> {
          var date =
              requests
                  .findById(command.request())
                  .orElseThrow(() -> new NotFound("Service request"))
                  .details()
                  .requestedDate();
          requests.lockDay(date);
          ServiceRequest request = workshop.lock(command.request());
          if (!request.details().requestedDate().equals(date)) {
            // Revised to another day while this waited: that day's lock is not held here.
            throw StoreConflict.STALE_SERVICE_REQUEST.conflict();
          }
          var mechanic = workshop.mechanic(command.mechanic());
          if (request.mechanic().equals(Optional.of(mechanic.id()))) {
            throw new RuleViolated("This mechanic has this request already.");
          }
          var candidates = workshop.asCandidates(List.of(mechanic), date);
          if (scheduler.choose(request, candidates) instanceof Assignment.Unassigned no) {
            throw new RuleViolated(no.reason().message());
          }
          ServiceRequest.Scheduled moved =
              switch (request) {
                case ServiceRequest.Pending p -> p.schedule(mechanic.id(), clock.instant());
                case ServiceRequest.Scheduled s -> s.reassign(mechanic.id(), clock.instant());
                default ->
                    throw new RuleViolated(
                        "Only a pending or scheduled request is assigned; this one is "
                            + request.status()
                            + ".");
              };
          var stored = (ServiceRequest.Scheduled) requests.update(moved);
          request.mechanic().ifPresent(previous -> notices.withdrawn(previous, stored));
          scheduler.told(
              stored,
              request instanceof ServiceRequest.Pending
                  ? NotificationKind.SERVICE_REQUEST_SCHEDULED
                  : NotificationKind.SERVICE_REQUEST_RESCHEDULED);
          return stored;
        });
  }
}
