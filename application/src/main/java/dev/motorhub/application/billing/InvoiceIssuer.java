package dev.motorhub.application.billing;

import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceDraft;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.InvoiceNumber;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Issues the invoices that the rules of other contexts call for, inside their units of work: it
 * numbers the invoice from its year's sequence, dates it, stores it and tells the customer.
 */
public final class InvoiceIssuer {
  private final InvoiceRepository invoices;
  private final InvoiceNumbers numbers;
  private final Notifier notifier;
  private final IdGenerator ids;
  private final CoreSettings settings;
  private final Clock clock;

  public InvoiceIssuer(
      InvoiceRepository invoices,
      InvoiceNumbers numbers,
      Notifier notifier,
      IdGenerator ids,
      CoreSettings settings,
      Clock clock) {
    this.invoices = invoices;
    this.numbers = numbers;
    this.notifier = notifier;
    this.ids = ids;
    this.settings = settings;
    this.clock = clock;
  }

  /** Issues {@code draft} today; a source invoiced already is a {@code Conflict}. */
  public Invoice.Open issue(InvoiceDraft draft) {
    LocalDate today = LocalDate.now(clock);
    InvoiceNumber number = InvoiceNumber.of(today.getYear(), numbers.next(today.getYear()));
    Invoice.Open invoice =
        Invoice.issue(new InvoiceId(ids.next()), draft, number, today, settings.invoiceTerm());
    invoices.add(invoice);
    notifier.tell(
        draft.customer(),
        NotificationKind.INVOICE_ISSUED,
        "Invoice "
            + number
            + " for "
            + invoice.bill().total().plain()
            + " "
            + invoice.bill().total().currency().getCurrencyCode()
            + " is due on "
            + invoice.bill().dueOn()
            + ".",
        "invoice",
        invoice.id().value());
    return invoice;
  }
}
