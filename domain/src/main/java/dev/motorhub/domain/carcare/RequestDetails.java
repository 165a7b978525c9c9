package dev.motorhub.domain.carcare;

import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What a customer asked for when opening a service request; no state changes it. */
public record RequestDetails(
    ServiceRequestId id,
    UserId customer,
    ServiceKindCode kind,
    String description,
    LocalDate requestedDate,
    Optional<VehicleId> vehicle,
    Instant openedAt) {
  public RequestDetails {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(kind, "kind");
    description = Text.required(description, "service_description", 2000);
    Objects.requireNonNull(requestedDate, "requestedDate");
    Objects.requireNonNull(vehicle, "vehicle");
    Objects.requireNonNull(openedAt, "openedAt");
  }

  /** The same request asking for {@code newDescription} on {@code newDate}. */
  public RequestDetails revised(String newDescription, LocalDate newDate) {
    return new RequestDetails(id, customer, kind, newDescription, newDate, vehicle, openedAt);
  }
}
