package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.CostLineId;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.RuleViolated;
import dev.motorhub.domain.shared.Text;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Objects;

/**
 * The assigned mechanic, or staff, write down what a job costs while the work is in progress, one
 * line at a time, priced in the platform's currency.
 */
public final class AddCostLine {
  /** Who asks, on which request: what, how many, at what unit price (a decimal string). */
  public record Command(
      Principal principal,
      ServiceRequestId request,
      String description,
      int quantity,
      String unitPrice) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(request, "request");
      description = Text.required(description, "description", 200);
      if (quantity < 1 || quantity > 10_000) {
        throw InvalidInput.of("quantity", "Ensure this value is between 1 and 10000.");
      }
    }
  }

  private final Transactions tx;
  private final Workshop workshop;
  private final CostLineRepository lines;
  private final CarCarePolicy policy;
  private final IdGenerator ids;
  private final CoreSettings settings;
  private final Clock clock;

  public AddCostLine(
      Transactions tx,
      Workshop workshop,
      CostLineRepository lines,
      CarCarePolicy policy,
      IdGenerator ids,
      CoreSettings settings,
      Clock clock) {
    this.tx = tx;
    this.workshop = workshop;
    this.lines = lines;
    this.policy = policy;
    this.ids = ids;
    this.settings = settings;
    this.clock = clock;
  }

  public CostLine add(Command command) {
    var actor = command.principal().actor();
    Money price = Money.parse(command.unitPrice(), settings.currency(), "unit_price");
    var line = new InvoiceLine(command.description(), command.quantity(), price);
    return tx.inTransaction(
        () -> {
          ServiceRequest request = workshop.lockVisible(actor, command.request());
          policy.requireWorker(actor, request, workshop.ownProfile(actor));
          if (!(request instanceof ServiceRequest.InProgress)) {
            throw new RuleViolated(
                "Cost lines are added only while the work is in progress; this request is "
                    + request.status()
                    + ".");
          }
          requireInvoiceable(request, line);
          var cost =
              new CostLine(
                  new CostLineId(ids.next()), request.id(), line, actor.id(), clock.instant());
          lines.add(cost);
          return cost;
        });
  }

  /** The job's lines, this one with them, must fit in one invoice: at most {@link Money#MAX}. */
  private void requireInvoiceable(ServiceRequest request, InvoiceLine line) {
    BigDecimal total =
        lines.ofRequest(request.id()).stream()
            .map(cost -> cost.line().amount().amount())
            .reduce(line.amount().amount(), BigDecimal::add);
    if (total.compareTo(Money.MAX) > 0) {
      throw InvalidInput.of(
          "unit_price",
          "The job's cost lines would come to more than "
              + Money.MAX.toPlainString()
              + ", the most one invoice holds.");
    }
  }
}
