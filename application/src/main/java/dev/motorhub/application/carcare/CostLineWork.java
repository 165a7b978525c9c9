package dev.motorhub.application.carcare;

import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.CostLineId;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import dev.motorhub.domain.shared.Text;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What adding, changing and removing a job's cost lines share: its mechanic or staff, while the
 * work is in progress, with the job locked; and the job's lines must fit in one invoice.
 */
final class CostLineWork {
  private final Workshop workshop;
  private final CostLineRepository lines;
  private final CarCarePolicy policy;

  CostLineWork(Workshop workshop, CostLineRepository lines, CarCarePolicy policy) {
    this.workshop = workshop;
    this.lines = lines;
    this.policy = policy;
  }

  /** A line's description as written: required, up to 200 characters. */
  static String description(String text) {
    return Text.required(text, "description", 200);
  }

  static void requireQuantity(int quantity) {
    if (quantity < 1 || quantity > 10_000) {
      throw InvalidInput.of("quantity", "Ensure this value is between 1 and 10000.");
    }
  }

  /** The line as written, priced in the platform's currency ({@code unit_price} names it). */
  static InvoiceLine written(
      String description, int quantity, String unitPrice, CoreSettings settings) {
    return new InvoiceLine(
        description, quantity, Money.parse(unitPrice, settings.currency(), "unit_price"));
  }

  /** The job, locked, once {@code actor} may cost it now. */
  ServiceRequest lockJob(Actor actor, ServiceRequestId id) {
    ServiceRequest request = workshop.lockVisible(actor, id);
    policy.requireWorker(actor, request, workshop.ownProfile(actor));
    if (!(request instanceof ServiceRequest.InProgress)) {
      throw new RuleViolated(
          "Cost lines are written only while the work is in progress; this request is "
              + request.status()
              + ".");
    }
    return request;
  }

  /** The line, its job locked, once {@code actor} may change it now. */
  CostLine lockLine(Actor actor, CostLineId id) {
    CostLine line = lines.findById(id).orElseThrow(() -> new NotFound("Cost line"));
    lockJob(actor, line.request());
    return lines.findById(id).orElseThrow(() -> new NotFound("Cost line"));
  }

  /** The job's lines, with {@code line} in place of {@code replacing}, must come to at most MAX. */
  void requireInvoiceable(
      ServiceRequestId request, InvoiceLine line, Optional<CostLineId> replacing) {
    BigDecimal total =
        lines.ofRequest(request).stream()
            .filter(cost -> replacing.map(r -> !r.equals(cost.id())).orElse(true))
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
