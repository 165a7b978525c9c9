package dev.motorhub.application.memory;

import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.WorkStatusChange;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.UserId;
import java.util.Optional;
import java.util.UUID;

/**
 * The car care records that keep what they name from being deleted, as the database's restricting
 * foreign keys do: a service request keeps its customer, its vehicle, the account of the mechanic
 * it was assigned to and whoever cancelled it; attendance, work status changes and cost lines keep
 * the account that recorded them (even a mechanic's own: the database refuses that too).
 */
final class CarCareRecords {
  private final Table<UUID, ServiceRequest> requests;
  private final Table<UUID, Mechanic> mechanics;
  private final Table<UUID, Attendance> attendance;
  private final Table<UUID, WorkStatusChange> statusChanges;
  private final Table<UUID, CostLine> costLines;

  CarCareRecords(
      Table<UUID, ServiceRequest> requests,
      Table<UUID, Mechanic> mechanics,
      Table<UUID, Attendance> attendance,
      Table<UUID, WorkStatusChange> statusChanges,
      Table<UUID, CostLine> costLines) {
    this.requests = requests;
    this.mechanics = mechanics;
    this.attendance = attendance;
    this.statusChanges = statusChanges;
    this.costLines = costLines;
  }

  /** Whether a car care record names the account, or was recorded by it. */
  boolean name(UserId user) {
    return !requests.where(r -> names(r, user)).isEmpty()
        || !attendance.where(a -> a.recordedBy().equals(user)).isEmpty()
        || !statusChanges.where(c -> c.by().equals(user)).isEmpty()
        || !costLines.where(l -> l.addedBy().equals(user)).isEmpty();
  }

  /** Whether a service request names the mechanic (feedback names only the mechanic of one). */
  boolean name(MechanicId mechanic) {
    return !requests.where(r -> r.mechanic().equals(Optional.of(mechanic))).isEmpty();
  }

  /** Takes the mechanic's attendance and work status history, which go with their profile. */
  void dropRecordsOf(MechanicId mechanic) {
    attendance
        .where(a -> a.mechanic().equals(mechanic))
        .forEach(a -> attendance.remove(a.id().value()));
    statusChanges
        .where(c -> c.mechanic().equals(mechanic))
        .forEach(c -> statusChanges.remove(c.id().value()));
  }

  /** Whether a service request names the vehicle. */
  boolean name(VehicleId vehicle) {
    return !requests.where(r -> r.details().vehicle().equals(Optional.of(vehicle))).isEmpty();
  }

  private boolean names(ServiceRequest request, UserId user) {
    Optional<Mechanic> profile = mechanics.where(m -> m.userId().equals(user)).stream().findFirst();
    return request.customer().equals(user)
        || profile.isPresent() && request.mechanic().equals(Optional.of(profile.get().id()))
        || request instanceof ServiceRequest.Cancelled c && c.cancelledBy().equals(user);
  }
}
