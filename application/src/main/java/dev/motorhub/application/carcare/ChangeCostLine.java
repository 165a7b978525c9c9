package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.CostLineId;
import java.util.Objects;
import java.util.Optional;

/**
 * The job's mechanic, or staff, correct a cost line while the work is in progress: its description,
 * quantity and unit price; who added it and when stay.
 */
public final class ChangeCostLine {
  /** Who asks, which line: what, how many, at what unit price (a decimal string). */
  public record Command(
      Principal principal, CostLineId line, String description, int quantity, String unitPrice) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(line, "line");
      description = CostLineWork.description(description);
      CostLineWork.requireQuantity(quantity);
    }
  }

  private final Transactions tx;
  private final CostLineWork work;
  private final CostLineRepository lines;
  private final CoreSettings settings;

  public ChangeCostLine(
      Transactions tx,
      Workshop workshop,
      CostLineRepository lines,
      CarCarePolicy policy,
      CoreSettings settings) {
    this.tx = tx;
    this.work = new CostLineWork(workshop, lines, policy);
    this.lines = lines;
    this.settings = settings;
  }

  public CostLine change(Command command) {
    var actor = command.principal().actor();
    var written =
        CostLineWork.written(
            command.description(), command.quantity(), command.unitPrice(), settings);
    return tx.inTransaction(
        () -> {
          CostLine line = work.lockLine(actor, command.line());
          work.requireInvoiceable(line.request(), written, Optional.of(line.id()));
          CostLine changed = line.revised(written);
          lines.update(changed);
          return changed;
        });
  }
}
