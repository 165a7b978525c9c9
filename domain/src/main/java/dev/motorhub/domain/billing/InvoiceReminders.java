package dev.motorhub.domain.billing;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * When a customer is reminded of an open invoice: {@link #DUE_SOON} three days before its due date
 * (or as soon as it is found within those days), and {@link #OVERDUE} when the due date has passed,
 * once each.
 */
public final class InvoiceReminders {
  /** The occasion of the reminder before the due date. */
  public static final String DUE_SOON = "due_soon";

  /** The occasion of the reminder once the due date has passed. */
  public static final String OVERDUE = "overdue";

  private final Period ahead;

  public InvoiceReminders() {
    this(Period.ofDays(3));
  }

  /** Reminds {@code ahead} of the due date. */
  public InvoiceReminders(Period ahead) {
    this.ahead = ahead;
  }

  /** The first day of the reminder before the due date of an invoice due on {@code dueOn}. */
  public LocalDate dueSoonFrom(LocalDate dueOn) {
    return dueOn.minus(ahead);
  }

  /** The last due date that calls for the reminder before it on {@code today}. */
  public LocalDate dueSoonUntil(LocalDate today) {
    return today.plus(ahead);
  }

  /** The occasion {@code invoice} calls for on {@code today}, if any. */
  public Optional<String> occasion(Invoice.Open invoice, LocalDate today) {
    if (invoice.isOverdueOn(today)) {
      return Optional.of(OVERDUE);
    }
    return today.isBefore(dueSoonFrom(invoice.bill().dueOn()))
        ? Optional.empty()
        : Optional.of(DUE_SOON);
  }
}
