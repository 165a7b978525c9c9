package dev.motorhub.application.carcare;

import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.Candidate;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.carcare.WorkStatusChange;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.shared.NotFound;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The lookups car care's use cases share, inside their units of work. */
public final class Workshop {
  private final MechanicRepository mechanics;
  private final AttendanceRepository attendance;
  private final ServiceRequestRepository requests;
  private final WorkStatusRepository statuses;
  private final CarCarePolicy policy;

  public Workshop(
      MechanicRepository mechanics,
      AttendanceRepository attendance,
      ServiceRequestRepository requests,
      WorkStatusRepository statuses,
      CarCarePolicy policy) {
    this.mechanics = mechanics;
    this.attendance = attendance;
    this.requests = requests;
    this.statuses = statuses;
    this.policy = policy;
  }

  /** The actor's own mechanic profile, when they have one. */
  public Optional<MechanicId> ownProfile(Actor actor) {
    return mechanics.findByUser(actor.id()).map(Mechanic::id);
  }

  public Mechanic mechanic(MechanicId id) {
    return mechanics.findById(id).orElseThrow(() -> new NotFound("Mechanic"));
  }

  /**
   * The mechanic, locked for a change of their work status (see {@link MechanicRepository#lock}).
   */
  public Mechanic lockMechanic(MechanicId id) {
    return mechanics.lock(id).orElseThrow(() -> new NotFound("Mechanic"));
  }

  /** Locks the mechanic, then tells whether they have no job in progress: free to be available. */
  public boolean lockIdle(MechanicId id) {
    lockMechanic(id);
    return !requests.hasWorkInProgress(id);
  }

  /** The request, locked for a change. */
  public ServiceRequest lock(ServiceRequestId id) {
    return requests.lock(id).orElseThrow(() -> new NotFound("Service request"));
  }

  /** The request, locked for a change; {@code NotFound} unless {@code actor} may see it. */
  public ServiceRequest lockVisible(Actor actor, ServiceRequestId id) {
    ServiceRequest request = lock(id);
    if (!policy.maySee(actor, request, ownProfile(actor))) {
      throw new NotFound("Service request");
    }
    return request;
  }

  /** Every mechanic with {@code kind}, as scheduling sees them on {@code date}. */
  public List<Candidate> candidates(ServiceKindCode kind, LocalDate date) {
    return asCandidates(mechanics.qualifiedFor(kind), date);
  }

  /** {@code mechanics} as scheduling sees them on {@code date}. */
  public List<Candidate> asCandidates(List<Mechanic> mechanics, LocalDate date) {
    Map<MechanicId, Attendance> records =
        attendance.onDate(date).stream()
            .collect(Collectors.toMap(Attendance::mechanic, Function.identity()));
    Map<MechanicId, Integer> load = requests.loadOn(date);
    return mechanics.stream()
        .map(
            m ->
                new Candidate(
                    m,
                    Optional.ofNullable(records.get(m.id())).map(Attendance::status),
                    load.getOrDefault(m.id(), 0),
                    statuses.current(m.id()).map(WorkStatusChange::status)))
        .toList();
  }
}
