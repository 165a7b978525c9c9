package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import dev.motorhub.domain.shared.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The customer, or staff, change what a request not yet started asks for: its description, or its
 * date, which schedules it anew for the new date (the mechanic who had it is told).
 */
public final class ReviseServiceRequest {
  /** Who asks, which request, its new description and requested date. */
  public record Command(
      Principal principal, ServiceRequestId request, String description, LocalDate requestedDate) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(request, "request");
      description = Text.required(description, "service_description", 2000);
      if (requestedDate == null) {
        throw InvalidInput.of("requested_date", "This field is required.");
      }
    }
  }

  private final Transactions tx;
  private final Workshop workshop;
  private final ServiceRequestRepository requests;
  private final Scheduler scheduler;
  private final CarCarePolicy policy;
  private final Clock clock;

  public ReviseServiceRequest(
      Transactions tx,
      Workshop workshop,
      ServiceRequestRepository requests,
      Scheduler scheduler,
      CarCarePolicy policy,
      Clock clock) {
    this.tx = tx;
    this.workshop = workshop;
    this.requests = requests;
    this.scheduler = scheduler;
    this.policy = policy;
    this.clock = clock;
  }

  public ServiceRequest revise(Command command) {
    var actor = command.principal().actor();
    policy.requireRequestableDate(command.requestedDate(), LocalDate.now(clock));
    return tx.inTransaction(
        () -> {
          requests.findById(command.request()).orElseThrow(() -> new NotFound("Service request"));
          requests.lockDay(command.requestedDate());
          ServiceRequest request = workshop.lockVisible(actor, command.request());
          AccessPolicy.require(
              actor.isAdministrative() || actor.is(request.customer()),
              "Only the request's customer or staff change it.");
          if (!(request instanceof ServiceRequest.Unstarted unstarted)) {
            throw new RuleViolated(
                "Only a request not yet started is changed; this one is " + request.status() + ".");
          }
          var revised = unstarted.revise(command.description(), command.requestedDate());
          if (!command.requestedDate().equals(request.details().requestedDate())) {
            return scheduler.reschedule(revised, request.mechanic());
          }
          return requests.update(
              switch (unstarted) {
                case ServiceRequest.Pending p ->
                    new ServiceRequest.Pending(revised.details(), p.version(), p.waitingReason());
                case ServiceRequest.Scheduled s ->
                    new ServiceRequest.Scheduled(
                        revised.details(), s.version(), s.assigned(), s.scheduledAt());
              });
        });
  }
}
