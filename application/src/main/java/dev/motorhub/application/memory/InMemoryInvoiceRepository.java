package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.billing.InvoiceFilter;
import dev.motorhub.application.billing.InvoiceRepository;
import dev.motorhub.application.notifications.SentReminders;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.InvoiceReminders;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Invoices in memory; as with trades, the store's single lock makes locking a read. */
final class InMemoryInvoiceRepository implements InvoiceRepository {
  private final Table<UUID, Invoice> invoices;
  private final SentReminders reminders;

  InMemoryInvoiceRepository(Table<UUID, Invoice> invoices, SentReminders reminders) {
    this.invoices = invoices;
    this.reminders = reminders;
  }

  @Override
  public void add(Invoice.Open invoice) {
    if (!invoices.where(i -> i.bill().source().equals(invoice.bill().source())).isEmpty()) {
      throw StoreConflict.SOURCE_INVOICED.conflict();
    }
    invoices.put(invoice.id().value(), invoice);
  }

  @Override
  public Invoice update(Invoice invoice) {
    Invoice stored = invoices.get(invoice.id().value()).orElseThrow(() -> new NotFound("Invoice"));
    if (stored.version() != invoice.version()) {
      throw StoreConflict.STALE_INVOICE.conflict();
    }
    Invoice next = invoice.nextVersion();
    invoices.put(invoice.id().value(), next);
    return next;
  }

  @Override
  public Optional<Invoice> findById(InvoiceId id) {
    return invoices.get(id.value());
  }

  @Override
  public Optional<Invoice> lock(InvoiceId id) {
    return findById(id);
  }

  @Override
  public Page<Invoice> search(InvoiceFilter filter, PageRequest page) {
    return Page.fromFetched(
        invoices.whereAfter(
            page.after(),
            i ->
                filter.customer().map(i.bill().customer()::equals).orElse(true)
                    && filter.status().map(s -> i.status(filter.today()) == s).orElse(true),
            page.limit() + 1),
        page.limit(),
        i -> i.id().value());
  }

  @Override
  public List<Invoice.Open> claimForReminders(LocalDate today, LocalDate dueSoonUntil, int limit) {
    return invoices
        .where(
            i ->
                i instanceof Invoice.Open open
                    && !open.markedOverdue()
                    && (open.isOverdueOn(today)
                        || !open.bill().dueOn().isAfter(dueSoonUntil)
                            && !reminders.wasSent(
                                REMINDER_SUBJECT, open.id().value(), InvoiceReminders.DUE_SOON)))
        .stream()
        .map(Invoice.Open.class::cast)
        .sorted(Comparator.comparing((Invoice.Open i) -> i.bill().dueOn()))
        .limit(limit)
        .toList();
  }
}
