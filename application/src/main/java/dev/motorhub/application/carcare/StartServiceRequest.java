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
import java.time.LocalDate;
import java.util.Objects;

/**
 * The assigned mechanic, or staff, start work on a scheduled request, on its requested date or
 * later; the mechanic is busy.
 */
public final class StartServiceRequest {
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

  public StartServiceRequest(
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

  public ServiceRequest start(Command command) {
    var actor = command.principal().actor();
    return tx.inTransaction(
        () -> {
          ServiceRequest request = workshop.lockVisible(actor, command.request());
          policy.requireWorker(actor, request, workshop.ownProfile(actor));
          if (!(request instanceof ServiceRequest.Scheduled scheduled)) {
            throw new RuleViolated(
                "Only a scheduled request is started; this one is " + request.status() + ".");
          }
          LocalDate day = scheduled.details().requestedDate();
          if (day.isAfter(LocalDate.now(clock))) {
            throw new RuleViolated("Work on this request starts on " + day + ", not before.");
          }
          workshop.lockMechanic(scheduled.assigned());
          ServiceRequest started = requests.update(scheduled.start(clock.instant()));
          statuses.follow(scheduled.assigned(), WorkStatus.BUSY, actor.id());
          notices.customer(
              started, NotificationKind.SERVICE_REQUEST_STARTED, "Work on your request started.");
          return started;
        });
  }
}
