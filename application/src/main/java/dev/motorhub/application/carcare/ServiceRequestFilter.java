package dev.motorhub.application.carcare;

import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which service requests to list: those of a customer, of a mechanic, in a state (its wire name),
 * for a requested date; each absent part matches every request.
 */
public record ServiceRequestFilter(
    Optional<UserId> customer,
    Optional<MechanicId> mechanic,
    Optional<String> status,
    Optional<LocalDate> date) {
  public ServiceRequestFilter {
    status
        .filter(name -> !ServiceRequest.STATUSES.contains(name))
        .ifPresent(
            name -> {
              throw InvalidInput.of(
                  "status",
                  "Select a valid choice: " + String.join(", ", ServiceRequest.STATUSES) + ".");
            });
  }

  public static final ServiceRequestFilter ALL =
      new ServiceRequestFilter(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
