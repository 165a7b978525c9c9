package dev.motorhub.application.carcare;

import dev.motorhub.application.billing.InvoiceIssuer;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceDraft;
import dev.motorhub.domain.billing.InvoiceSource;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Clock;
import java.util.Objects;

/**
 * The assigned mechanic, or staff, finish a job: billing issues the customer an invoice of its cost
 * lines (numbered and due as every invoice is), and the mechanic is free again.
 */
public final class CompleteServiceRequest {
  /** What billing calls the charge for a service request's work. */
  public static final String INVOICE_KIND = "service_request";

  /** Who asks, which request. */
  public record Command(Principal principal, ServiceRequestId request) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(request, "request");
    }
  }

  /** The completed request and its invoice. */
  public record Completed(ServiceRequest.Completed request, Invoice.Open invoice) {}

  private final Transactions tx;
  private final Workshop workshop;
  private final ServiceRequestRepository requests;
  private final CostLineRepository lines;
  private final InvoiceIssuer issuer;
  private final WorkStatusLog statuses;
  private final CarCareNotices notices;
  private final CarCarePolicy policy;
  private final Clock clock;

  public CompleteServiceRequest(
      Transactions tx,
      Workshop workshop,
      ServiceRequestRepository requests,
      CostLineRepository lines,
      InvoiceIssuer issuer,
      WorkStatusLog statuses,
      CarCareNotices notices,
      CarCarePolicy policy,
      Clock clock) {
    this.tx = tx;
    this.workshop = workshop;
    this.requests = requests;
    this.lines = lines;
    this.issuer = issuer;
    this.statuses = statuses;
    this.notices = notices;
    this.policy = policy;
    this.clock = clock;
  }

  public Completed complete(Command command) {
    var actor = command.principal().actor();
    return tx.inTransaction(
        () -> {
          ServiceRequest request = workshop.lockVisible(actor, command.request());
          policy.requireWorker(actor, request, workshop.ownProfile(actor));
          if (!(request instanceof ServiceRequest.InProgress working)) {
            throw new RuleViolated(
                "Only a request in progress is completed; this one is " + request.status() + ".");
          }
          var costs = lines.ofRequest(request.id()).stream().map(CostLine::line).toList();
          if (costs.isEmpty()) {
            throw new RuleViolated("Add at least one cost line before completing the request.");
          }
          Invoice.Open invoice =
              issuer.issue(
                  new InvoiceDraft(
                      request.customer(),
                      new InvoiceSource(INVOICE_KIND, request.id().value()),
                      costs));
          var done =
              (ServiceRequest.Completed)
                  requests.update(working.complete(invoice.id(), clock.instant()));
          if (workshop.lockIdle(working.assigned())) {
            statuses.follow(working.assigned(), WorkStatus.AVAILABLE, actor.id());
          }
          notices.customer(
              done, NotificationKind.SERVICE_REQUEST_COMPLETED, "Your service request is done.");
          return new Completed(done, invoice);
        });
  }
}
