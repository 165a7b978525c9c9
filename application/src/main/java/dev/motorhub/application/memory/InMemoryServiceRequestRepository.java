package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.carcare.ServiceRequestFilter;
import dev.motorhub.application.carcare.ServiceRequestRepository;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Service requests in memory; the store's single lock serves as every lock of the port. */
final class InMemoryServiceRequestRepository implements ServiceRequestRepository {
  private final Table<UUID, ServiceRequest> requests;

  InMemoryServiceRequestRepository(Table<UUID, ServiceRequest> requests) {
    this.requests = requests;
  }

  @Override
  public void add(ServiceRequest request) {
    requests.put(request.id().value(), request);
  }

  @Override
  public ServiceRequest update(ServiceRequest request) {
    ServiceRequest stored = findById(request.id()).orElseThrow(() -> new NotFound("Request"));
    if (stored.version() != request.version()) {
      throw StoreConflict.STALE_SERVICE_REQUEST.conflict();
    }
    ServiceRequest next = request.nextVersion();
    requests.put(request.id().value(), next);
    return next;
  }

  @Override
  public Optional<ServiceRequest> findById(ServiceRequestId id) {
    return requests.get(id.value());
  }

  @Override
  public Optional<ServiceRequest> lock(ServiceRequestId id) {
    return findById(id); // units of work run one at a time already
  }

  @Override
  public void lockDay(LocalDate date) {
    // Units of work run one at a time already.
  }

  @Override
  public Map<MechanicId, Integer> loadOn(LocalDate date) {
    return requests.where(r -> holdsLoad(r, date)).stream()
        .collect(
            Collectors.groupingBy(r -> r.mechanic().orElseThrow(), Collectors.summingInt(r -> 1)));
  }

  @Override
  public List<ServiceRequest> assignedOn(LocalDate date) {
    return requests.where(r -> holdsLoad(r, date));
  }

  @Override
  public boolean hasWorkInProgress(MechanicId mechanic) {
    return !requests
        .where(r -> r instanceof ServiceRequest.InProgress p && p.assigned().equals(mechanic))
        .isEmpty();
  }

  @Override
  public Page<ServiceRequest> search(ServiceRequestFilter filter, PageRequest page) {
    return Pages.of(requests, page, r -> matches(filter, r), r -> r.id().value());
  }

  private static boolean holdsLoad(ServiceRequest request, LocalDate date) {
    return request.details().requestedDate().equals(date)
        && !(request instanceof ServiceRequest.Cancelled)
        && request.mechanic().isPresent();
  }

  private static boolean matches(ServiceRequestFilter filter, ServiceRequest r) {
    return filter.customer().map(r.customer()::equals).orElse(true)
        && filter.mechanic().map(m -> r.mechanic().equals(Optional.of(m))).orElse(true)
        && filter.status().map(r.status()::equals).orElse(true)
        && filter.date().map(r.details().requestedDate()::equals).orElse(true);
  }
}
