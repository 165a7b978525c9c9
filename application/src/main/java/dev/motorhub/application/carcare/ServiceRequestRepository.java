package dev.motorhub.application.carcare;

import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers' service requests in every state. A mechanic's <em>load</em> on a date is the number of
 * requests for that date assigned to them that are scheduled, in progress or completed.
 */
public interface ServiceRequestRepository {
  /** Stores a new request (version 0), pending or already scheduled. */
  void add(ServiceRequest request);

  /**
   * Stores the request's new state and returns it with its next version; a change made on a stale
   * copy is a {@code Conflict}.
   */
  ServiceRequest update(ServiceRequest request);

  Optional<ServiceRequest> findById(ServiceRequestId id);

  /** The request, locked until the end of the unit of work: its changes go one at a time. */
  Optional<ServiceRequest> lock(ServiceRequestId id);

  /**
   * Locks the schedule of {@code date} until the end of the unit of work (on PostgreSQL, e.g. a
   * transaction-scoped advisory lock on the date). Every unit of work that assigns requests of a
   * date, or records attendance on it, takes this lock <em>before</em> it reads loads or attendance
   * and before it locks any request, so that of many such units on one date one runs at a time: no
   * mechanic ever exceeds their capacity, no request is assigned twice, and no job stays with a
   * mechanic marked absent. The adapter must guarantee that a second caller for the same date waits
   * until the first commits or rolls back, and then reads what it wrote.
   */
  void lockDay(LocalDate date);

  /** Each mechanic's load on {@code date}; mechanics with none are left out. */
  Map<MechanicId, Integer> loadOn(LocalDate date);

  /** The requests for {@code date} that have a mechanic and are not cancelled, in id order. */
  List<ServiceRequest> assignedOn(LocalDate date);

  /** Whether {@code mechanic} has a request in progress. */
  boolean hasWorkInProgress(MechanicId mechanic);

  /** The requests that match, in id order. */
  Page<ServiceRequest> search(ServiceRequestFilter filter, PageRequest page);
}
