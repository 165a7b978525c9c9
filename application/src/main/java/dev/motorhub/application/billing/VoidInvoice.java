package dev.motorhub.application.billing;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.billing.BillingPolicy;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Staff void an open invoice on which nothing was paid, saying why. */
public final class VoidInvoice {
  /**
   * Who asks, which invoice, and why; {@code sourceKind}, when given, is the only kind of invoice
   * the caller may name (another is not found), as a route that shows one kind only needs.
   */
  public record Command(
      Principal principal, InvoiceId invoice, String reason, Optional<String> sourceKind) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(invoice, "invoice");
      Objects.requireNonNull(sourceKind, "sourceKind");
    }

    public Command(Principal principal, InvoiceId invoice, String reason) {
      this(principal, invoice, reason, Optional.empty());
    }
  }

  private final Transactions tx;
  private final InvoiceRepository invoices;
  private final BillingPolicy policy;
  private final Clock clock;

  public VoidInvoice(
      Transactions tx, InvoiceRepository invoices, BillingPolicy policy, Clock clock) {
    this.tx = tx;
    this.invoices = invoices;
    this.policy = policy;
    this.clock = clock;
  }

  public Invoice voidInvoice(Command command) {
    AccessPolicy.require(policy.mayVoid(command.principal().actor()), "Only staff void invoices.");
    return tx.inTransaction(
        () -> {
          Invoice invoice =
              invoices
                  .lock(command.invoice())
                  .filter(
                      i -> command.sourceKind().map(i.bill().source().kind()::equals).orElse(true))
                  .orElseThrow(() -> new NotFound("Invoice"));
          if (!(invoice instanceof Invoice.Open open)) {
            throw new RuleViolated(
                "This invoice is " + invoice.status(LocalDate.now(clock)).wire() + ".");
          }
          return invoices.update(
              open.voidBy(command.principal().actor().id(), command.reason(), clock.instant()));
        });
  }
}
