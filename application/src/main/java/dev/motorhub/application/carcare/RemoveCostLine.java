package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.CostLineId;
import java.util.Objects;

/**
 * The job's mechanic, or staff, strike a cost line written in error while the work is in progress;
 * once the job is completed its lines are its invoice's and stay.
 */
public final class RemoveCostLine {
  /** Who asks, which line. */
  public record Command(Principal principal, CostLineId line) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(line, "line");
    }
  }

  private final Transactions tx;
  private final CostLineWork work;
  private final CostLineRepository lines;

  public RemoveCostLine(
      Transactions tx, Workshop workshop, CostLineRepository lines, CarCarePolicy policy) {
    this.tx = tx;
    this.work = new CostLineWork(workshop, lines, policy);
    this.lines = lines;
  }

  /** Removes the line and answers it as it was. */
  public CostLine remove(Command command) {
    return tx.inTransaction(
        () -> {
          CostLine line = work.lockLine(command.principal().actor(), command.line());
          lines.delete(line.id());
          return line;
        });
  }
}
