package dev.motorhub.application.billing;

import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The invoices issued. One source (such as one trade's exposure) is invoiced once at most. */
public interface InvoiceRepository {
  /** Stores a new invoice; a source invoiced already is a {@code Conflict}. */
  void add(Invoice.Open invoice);

  /**
   * Stores the invoice's new state and returns it with its next version; a change made on a stale
   * copy is a {@code Conflict}.
   */
  Invoice update(Invoice invoice);

  Optional<Invoice> findById(InvoiceId id);

  /** The invoice, locked until the end of the unit of work, so that payments go one at a time. */
  Optional<Invoice> lock(InvoiceId id);

  /** The invoices that match, in id order. */
  Page<Invoice> search(InvoiceFilter filter, PageRequest page);

  /**
   * Up to {@code limit} open invoices, not yet stored as overdue, that call for a reminder on
   * {@code today}: past their due date, or due by {@code dueSoonUntil} and not yet reminded of it
   * (a {@link #REMINDER_SUBJECT} reminded on {@code InvoiceReminders.DUE_SOON}); the soonest due
   * first, each locked until the end of the unit of work. Those another unit of work holds are
   * skipped, so two instances reminding at once take different invoices.
   */
  List<Invoice.Open> claimForReminders(LocalDate today, LocalDate dueSoonUntil, int limit);

  /** The subject type of an invoice's reminders and notifications. */
  String REMINDER_SUBJECT = "invoice";
}
