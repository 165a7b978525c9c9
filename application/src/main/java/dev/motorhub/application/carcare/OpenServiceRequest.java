package dev.motorhub.application.carcare;

import dev.motorhub.application.garage.VehicleRepository;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.RequestDetails;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer asks the workshop for work of one kind on a date, optionally on one of their vehicles;
 * the request is scheduled at once when a mechanic fits, and waits with the reason otherwise.
 */
public final class OpenServiceRequest {
  /** Who asks, for which kind of work, what, on which date, on which of their vehicles. */
  public record Command(
      Principal principal,
      ServiceKindCode kind,
      String description,
      LocalDate requestedDate,
      Optional<VehicleId> vehicle) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(kind, "kind");
      description = Text.required(description, "service_description", 2000);
      if (requestedDate == null) {
        throw InvalidInput.of("requested_date", "This field is required.");
      }
      Objects.requireNonNull(vehicle, "vehicle");
    }
  }

  private final Transactions tx;
  private final ServiceKindRepository kinds;
  private final VehicleRepository vehicles;
  private final ServiceRequestRepository requests;
  private final Scheduler scheduler;
  private final CarCarePolicy policy;
  private final IdGenerator ids;
  private final Clock clock;

  public OpenServiceRequest(
      Transactions tx,
      ServiceKindRepository kinds,
      VehicleRepository vehicles,
      ServiceRequestRepository requests,
      Scheduler scheduler,
      CarCarePolicy policy,
      IdGenerator ids,
      Clock clock) {
    this.tx = tx;
    this.kinds = kinds;
    this.vehicles = vehicles;
    this.requests = requests;
    this.scheduler = scheduler;
    this.policy = policy;
    this.ids = ids;
    this.clock = clock;
  }

  public ServiceRequest open(Command command) {
    var actor = command.principal().actor();
    policy.requireCustomer(actor);
    policy.requireRequestableDate(command.requestedDate(), LocalDate.now(clock));
    return tx.inTransaction(
        () -> {
          if (kinds.findByCode(command.kind()).isEmpty()) {
            throw InvalidInput.of("service_kind", "Unknown service kind: " + command.kind() + ".");
          }
          command
              .vehicle()
              .ifPresent(
                  id ->
                      vehicles
                          .findById(id)
                          .filter(v -> actor.is(v.owner()))
                          .orElseThrow(() -> new NotFound("Vehicle")));
          requests.lockDay(command.requestedDate());
          var details =
              new RequestDetails(
                  new ServiceRequestId(ids.next()),
                  actor.id(),
                  command.kind(),
                  command.description(),
                  command.requestedDate(),
                  command.vehicle(),
                  clock.instant());
          return scheduler.openAndSchedule(ServiceRequest.open(details, ""));
        });
  }
}
