package dev.motorhub.application.billing;

import dev.motorhub.application.customers.CustomerRepository;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.application.notifications.SentReminders;
import dev.motorhub.application.notifications.Texter;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceReminders;
import dev.motorhub.domain.identity.Phone;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.notifications.SentReminder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The invoice reminder sweep: an open invoice past its due date is stored as overdue, and its
 * customer is reminded three days before the due date and once it has passed, in the app and by SMS
 * when they have an E.164 phone, once each. One batch a call, in one unit of work that holds the
 * invoices it takes and records each reminder under a unique key, so neither a rerun nor another
 * instance sweeping at once reminds anyone twice. Paying an overdue invoice is still possible, and
 * late.
 */
public final class RemindInvoices {
  /** The most invoices one call handles. */
  public static final int BATCH = 100;

  private final Transactions tx;
  private final InvoiceRepository invoices;
  private final SentReminders sent;
  private final CustomerRepository customers;
  private final UserRepository users;
  private final Notifier notifier;
  private final Texter texter;
  private final InvoiceReminders policy;
  private final Clock clock;

  public RemindInvoices(
      Transactions tx,
      InvoiceRepository invoices,
      SentReminders sent,
      CustomerRepository customers,
      UserRepository users,
      Notifier notifier,
      Texter texter,
      InvoiceReminders policy,
      Clock clock) {
    this.tx = tx;
    this.invoices = invoices;
    this.sent = sent;
    this.customers = customers;
    this.users = users;
    this.notifier = notifier;
    this.texter = texter;
    this.policy = policy;
    this.clock = clock;
  }

  /** Handles one batch; answers how many invoices it took ({@link #BATCH} when more may wait). */
  public int remind() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    return tx.inTransaction(
        () -> {
          List<Invoice.Open> due =
              invoices.claimForReminders(today, policy.dueSoonUntil(today), BATCH);
          for (Invoice.Open invoice : due) {
            String occasion = policy.occasion(invoice, today).orElseThrow();
            if (occasion.equals(InvoiceReminders.OVERDUE)) {
              invoices.update(invoice.markOverdue(today));
            }
            SentReminder reminder =
                new SentReminder(
                    InvoiceRepository.REMINDER_SUBJECT, invoice.id().value(), occasion, now);
            if (sent.add(reminder)) {
              tell(invoice, occasion);
            }
          }
          return due.size();
        });
  }

  private void tell(Invoice.Open invoice, String occasion) {
    boolean overdue = occasion.equals(InvoiceReminders.OVERDUE);
    String owed = invoice.owed().plain() + " " + invoice.owed().currency().getCurrencyCode();
    String message =
        overdue
            ? "Invoice %s is overdue: %s was due on %s. You may still pay it."
                .formatted(invoice.bill().number().value(), owed, invoice.bill().dueOn())
            : "Invoice %s: %s is due on %s."
                .formatted(invoice.bill().number().value(), owed, invoice.bill().dueOn());
    UserId customer = invoice.bill().customer();
    UUID subject = invoice.id().value();
    notifier.tell(
        customer,
        overdue ? NotificationKind.INVOICE_OVERDUE : NotificationKind.INVOICE_DUE_SOON,
        message,
        InvoiceRepository.REMINDER_SUBJECT,
        subject);
    phoneOf(customer)
        .ifPresent(
            phone ->
                texter.text(
                    phone, "Motorhub: " + message, InvoiceRepository.REMINDER_SUBJECT, subject));
  }

  /** Where texts go: the customer profile's phone, else the account's when it is E.164. */
  private Optional<PhoneNumber> phoneOf(UserId customer) {
    return customers
        .findByUser(customer)
        .flatMap(c -> c.details().phone())
        .or(() -> users.findById(customer).flatMap(u -> u.phone()).flatMap(Phone::e164));
  }
}
