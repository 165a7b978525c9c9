package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.CostLineId;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/**
 * Reads service requests and their cost lines: customers see their own, mechanics those assigned to
 * them, staff every one.
 */
public final class ViewServiceRequests {
  private final Transactions tx;
  private final Workshop workshop;
  private final ServiceRequestRepository requests;
  private final CostLineRepository lines;
  private final CarCarePolicy policy;

  public ViewServiceRequests(
      Transactions tx,
      Workshop workshop,
      ServiceRequestRepository requests,
      CostLineRepository lines,
      CarCarePolicy policy) {
    this.tx = tx;
    this.workshop = workshop;
    this.requests = requests;
    this.lines = lines;
    this.policy = policy;
  }

  /** The requests that match {@code filter} among those the caller may see, in id order. */
  public Page<ServiceRequest> list(
      Principal principal, ServiceRequestFilter filter, PageRequest page) {
    var actor = principal.actor();
    return tx.read(
        () -> {
          ServiceRequestFilter visible = filter;
          if (!policy.mayManage(actor)) {
            var own = workshop.ownProfile(actor);
            visible =
                actor.role() == Role.MECHANIC && own.isPresent()
                    ? new ServiceRequestFilter(
                        filter.customer(), own, filter.status(), filter.date())
                    : new ServiceRequestFilter(
                        Optional.of(actor.id()), filter.mechanic(), filter.status(), filter.date());
          }
          return requests.search(visible, page);
        });
  }

  public ServiceRequest get(Principal principal, ServiceRequestId id) {
    var actor = principal.actor();
    return tx.read(
        () ->
            requests
                .findById(id)
                .filter(r -> policy.maySee(actor, r, workshop.ownProfile(actor)))
                .orElseThrow(() -> new NotFound("Service request")));
  }

  /** The cost lines of a request the caller may see, in the order added. */
  public Page<CostLine> costLines(Principal principal, ServiceRequestId id, PageRequest page) {
    get(principal, id);
    return tx.read(() -> lines.list(id, page));
  }

  /** One cost line, of a request the caller may see. */
  public CostLine costLine(Principal principal, CostLineId id) {
    CostLine line = tx.read(() -> lines.findById(id)).orElseThrow(() -> new NotFound("Cost line"));
    try {
      get(principal, line.request());
    } catch (NotFound hidden) {
      throw new NotFound("Cost line");
    }
    return line;
  }
}
