package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A day's schedule: for staff every mechanic's jobs and load that day, a page of mechanics at a
 * time; for a mechanic, their own.
 */
public final class ViewSchedule {
  private final Transactions tx;
  private final Workshop workshop;
  private final MechanicRepository mechanics;
  private final ServiceRequestRepository requests;
  private final CarCarePolicy policy;

  public ViewSchedule(
      Transactions tx,
      Workshop workshop,
      MechanicRepository mechanics,
      ServiceRequestRepository requests,
      CarCarePolicy policy) {
    this.tx = tx;
    this.workshop = workshop;
    this.mechanics = mechanics;
    this.requests = requests;
    this.policy = policy;
  }

  public Page<MechanicDay> view(Principal principal, LocalDate date, PageRequest page) {
    var actor = principal.actor();
    return tx.read(
        () -> {
          Page<Mechanic> shown;
          if (policy.mayManage(actor)) {
            shown = mechanics.list(page);
          } else {
            Optional<Mechanic> own = mechanics.findByUser(actor.id());
            AccessPolicy.require(own.isPresent(), "Only staff and mechanics see the schedule.");
            shown = new Page<>(List.of(own.get()), Optional.empty());
          }
          List<ServiceRequest> jobs = requests.assignedOn(date);
          var candidates = workshop.asCandidates(shown.items(), date);
          return new Page<>(
              candidates.stream()
                  .map(
                      c ->
                          new MechanicDay(
                              c.mechanic(),
                              c.attendance(),
                              jobs.stream()
                                  .filter(j -> j.mechanic().equals(Optional.of(c.mechanic().id())))
                                  .toList(),
                              c.load()))
                  .toList(),
              shown.nextCursor());
        });
  }
}
