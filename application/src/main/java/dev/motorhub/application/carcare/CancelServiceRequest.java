package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Clock;
import java.util.Objects;

/**
 * The customer calls a request off before work starts, or staff at any time before it is completed;
 * the mechanic who had it is told, and freed if they were at work on it.
 */
public final class CancelServiceRequest {
  /** Who asks, which request. */
  public record Command(Principal principal, ServiceRequestId request) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(request, "request");
    }
  }

  private final Transactions tx;
  private final Workshop workshop;
  private final ServiceRequestRepository requests;
  private final WorkStatusLog statuses;
  private final CarCareNotices notices;
  private final CarCarePolicy policy;
  private final Clock clock;

  public CancelServiceRequest(
      Transactions tx,
      Workshop workshop,
      ServiceRequestRepository requests,
      WorkStatusLog statuses,
      CarCareNotices notices,
      CarCarePolicy policy,
      Clock clock) {
    this.tx = tx;
    this.workshop = workshop;
    this.requests = requests;
    this.statuses = statuses;
    this.notices = notices;
    this.policy = policy;
    this.clock = clock;
  }

  public ServiceRequest cancel(Command command) {
    var actor = command.principal().actor();
    return tx.inTransaction(
        () -> {
          ServiceRequest request = workshop.lockVisible(actor, command.request());
          if (!(request instanceof ServiceRequest.Active active)) {
            throw new RuleViolated("This request is " + request.status() + " already.");
          }
          policy.requireCanceller(actor, active);
          ServiceRequest cancelled = requests.update(active.cancel(actor.id(), clock.instant()));
          request.mechanic().ifPresent(mechanic -> notices.withdrawn(mechanic, cancelled));
          if (request instanceof ServiceRequest.InProgress working
              && workshop.lockIdle(working.assigned())) {
            statuses.follow(working.assigned(), WorkStatus.AVAILABLE, actor.id());
          }
          if (!actor.is(request.customer())) {
            notices.customer(
                cancelled,
                NotificationKind.SERVICE_REQUEST_CANCELLED,
                "Your service request was cancelled by the workshop.");
          }
          return cancelled;
        });
  }
}
