package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.CostLineId;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

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
      description = CostLineWork.description(description);
      CostLineWork.requireQuantity(quantity);
    }
  }

  private final Transactions tx;
  private final CostLineWork work;
  private final CostLineRepository lines;
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
    this.work = new CostLineWork(workshop, lines, policy);
    this.lines = lines;
    this.ids = ids;
    this.settings = settings;
    this.clock = clock;
  }

  public CostLine add(Command command) {
    var actor = command.principal().actor();
    var line =
        CostLineWork.written(
            command.description(), command.quantity(), command.unitPrice(), settings);
    return tx.inTransaction(
        () -> {
          ServiceRequest request = work.lockJob(actor, command.request());
          work.requireInvoiceable(request.id(), line, Optional.empty());
          var cost =
              new CostLine(
                  new CostLineId(ids.next()), request.id(), line, actor.id(), clock.instant());
          lines.add(cost);
          return cost;
        });
  }
}
