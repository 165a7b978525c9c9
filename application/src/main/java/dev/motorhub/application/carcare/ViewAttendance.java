package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.AttendanceId;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/** Reads attendance records: staff every mechanic's, a mechanic their own. */
public final class ViewAttendance {
  private final Transactions tx;
  private final Workshop workshop;
  private final AttendanceRepository attendance;
  private final CarCarePolicy policy;

  public ViewAttendance(
      Transactions tx, Workshop workshop, AttendanceRepository attendance, CarCarePolicy policy) {
    this.tx = tx;
    this.workshop = workshop;
    this.attendance = attendance;
    this.policy = policy;
  }

  /** The records, of {@code mechanic} when given; a mechanic always sees only their own. */
  public Page<Attendance> list(
      Principal principal, Optional<MechanicId> mechanic, PageRequest page) {
    var actor = principal.actor();
    return tx.read(() -> attendance.list(visible(actor, mechanic), page));
  }

  public Attendance get(Principal principal, AttendanceId id) {
    var actor = principal.actor();
    return tx.read(
        () ->
            attendance
                .findById(id)
                .filter(
                    a ->
                        policy.mayManage(actor)
                            || workshop.ownProfile(actor).equals(Optional.of(a.mechanic())))
                .orElseThrow(() -> new NotFound("Attendance")));
  }

  private Optional<MechanicId> visible(Actor actor, Optional<MechanicId> asked) {
    if (policy.mayManage(actor)) {
      return asked;
    }
    Optional<MechanicId> own = workshop.ownProfile(actor);
    AccessPolicy.require(own.isPresent(), "Only staff and mechanics see attendance.");
    return own;
  }
}
