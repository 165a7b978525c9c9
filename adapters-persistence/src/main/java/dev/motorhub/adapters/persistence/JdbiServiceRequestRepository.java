package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.ServiceRequestRows.REQUESTS;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Service requests in {@code service_requests}: a change (of state, or a revision of the
 * description and date) names the version it was made on; {@link #lock} takes the request's row
 * lock, {@link #lockDay} a transaction-scoped advisory lock on the date that orders every
 * scheduling of that day.
 */
final class JdbiServiceRequestRepository implements ServiceRequestRepository {
  /** The first key of the day locks, so that they meet no other advisory lock. */
  private static final int DAY_LOCKS = 0x43415245;

  private static final String SELECT =
      "select " + ServiceRequestRows.COLUMNS + " from service_requests";
  private static final KeysetPages<ServiceRequest> PAGES =
      new KeysetPages<>(SELECT, "id", REQUESTS, r -> r.id().value());

  /** The requests of a date that count towards their mechanic's load. */
  private static final String ASSIGNED_ON =
      " where requested_date = :date and mechanic_id is not null and status <> 'cancelled'";

  private final JdbiTransactions tx;

  JdbiServiceRequestRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(ServiceRequest request) {
    ReferencedRows.requireExisting(
        Map.of(
            "service_requests_kind_fk", "Service kind",
            "service_requests_vehicle_fk", "Vehicle",
            "service_requests_mechanic_fk", "Mechanic"),
        () -> tx.withHandle(h -> ServiceRequestRows.insert(h, request).execute()));
  }

  @Override
  public ServiceRequest update(ServiceRequest request) {
    int updated =
        ReferencedRows.requireExisting(
            Map.of("service_requests_mechanic_fk", "Mechanic"),
            () ->
                tx.withHandle(
                    h ->
                        ServiceRequestRows.bindState(
                                h.createUpdate(
                                    """
                                    update service_requests set description = :description,
                                      requested_date = :date, status = :status,
                                      waiting_reason = :reason, mechanic_id = :mechanic,
                                      scheduled_at = :scheduledAt, started_at = :startedAt,
                                      completed_at = :completedAt, invoice_id = :invoice,
                                      cancelled_by = :cancelledBy, cancelled_at = :cancelledAt,
                                      version = version + 1
                                    where id = :id and version = :version"""),
                                request)
                            .execute()));
    if (updated == 0) {
      throw Rows.exists(tx, "service_requests", request.id().value())
          ? StoreConflict.STALE_SERVICE_REQUEST.conflict()
          : new NotFound("Request");
    }
    return request.nextVersion();
  }

  @Override
  public Optional<ServiceRequest> findById(ServiceRequestId id) {
    return Rows.one(tx, SELECT + " where id = :value", id.value(), REQUESTS);
  }

  @Override
  public Optional<ServiceRequest> lock(ServiceRequestId id) {
    return Rows.one(tx, SELECT + " where id = :value for update", id.value(), REQUESTS);
  }

  /**
   * Takes the date's lock, keyed by its day number: every date PostgreSQL can store has its own
   * key; dates beyond share keys, which only makes them wait for each other.
   */
  @Override
  public void lockDay(LocalDate date) {
    tx.withHandle(
        h ->
            h.createQuery("select 1 from pg_advisory_xact_lock(:space, :day)")
                .bind("space", DAY_LOCKS)
                .bind("day", Long.hashCode(date.toEpochDay()))
                .mapTo(Integer.class)
                .one());
  }

  @Override
  public Map<MechanicId, Integer> loadOn(LocalDate date) {
    Map<MechanicId, Integer> loads = new HashMap<>();
    tx.withHandle(
            h ->
                h.createQuery(
                        "select mechanic_id, count(*) jobs from service_requests"
                            + ASSIGNED_ON
                            + " group by mechanic_id")
                    .bind("date", date)
                    .map((rs, ctx) -> Map.entry(Rows.uuid(rs, "mechanic_id"), rs.getInt("jobs")))
                    .list())
        .forEach(load -> loads.put(new MechanicId(load.getKey()), load.getValue()));
    return loads;
  }

  @Override
  public List<ServiceRequest> assignedOn(LocalDate date) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + ASSIGNED_ON + " order by id")
                .bind("date", date)
                .map(REQUESTS)
                .list());
  }

  @Override
  public boolean hasWorkInProgress(MechanicId mechanic) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    "select exists (select 1 from service_requests"
                        + " where mechanic_id = :mechanic and status = 'in_progress')")
                .bind("mechanic", mechanic.value())
                .mapTo(Boolean.class)
                .one());
  }

  @Override
  public Page<ServiceRequest> search(ServiceRequestFilter filter, PageRequest page) {
    Conditions where =
        new Conditions()
            .add("customer_id = :customer", "customer", filter.customer().map(c -> c.value()))
            .add("mechanic_id = :mechanic", "mechanic", filter.mechanic().map(m -> m.value()))
            .add("status = :status", "status", filter.status())
            .add("requested_date = :date", "date", filter.date());
    return PAGES.page(tx, where, page);
  }
}
