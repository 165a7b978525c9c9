package dev.motorhub.adapters.persistence;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.billing.InvoiceFilter;
import dev.motorhub.application.billing.InvoiceRepository;
import dev.motorhub.domain.billing.Bill;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.billing.InvoiceReminders;
import dev.motorhub.domain.billing.InvoiceStatus;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invoices in {@code invoices} with their lines in {@code invoice_lines}: a source is invoiced once
 * (a unique constraint); a change names the version it was made on; {@link #lock} takes the row
 * lock that makes payments of one invoice go one at a time.
 */
final class JdbiInvoiceRepository implements InvoiceRepository {
  private static final String SELECT = "select " + InvoiceRows.COLUMNS + " from invoices";
  private static final KeysetPages<Invoice> PAGES =
      new KeysetPages<>(SELECT, "id", InvoiceRows::load, i -> i.id().value());

  private final JdbiTransactions tx;

  JdbiInvoiceRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Invoice.Open invoice) {
    Bill bill = invoice.bill();
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h -> {
                  InvoiceRows.bindState(
                          h.createUpdate(
                              """
                              insert into invoices (id, number, customer_id, source_kind,
                                source_reference, currency, total, paid, pending, issued_on,
                                due_on, status, paid_at, void_reason, voided_by, voided_at,
                                version)
                              values (:id, :number, :customer, :sourceKind, :sourceReference,
                                :currency, :total, :paid, :pending, :issuedOn, :dueOn, :status,
                                :paidAt, :reason, :voidedBy, :voidedAt, :version)"""),
                          invoice)
                      .bind("number", bill.number().value())
                      .bind("customer", bill.customer().value())
                      .bind("sourceKind", bill.source().kind())
                      .bind("sourceReference", bill.source().reference())
                      .bind("currency", bill.total().currency().getCurrencyCode())
                      .bind("total", bill.total().amount())
                      .bind("issuedOn", bill.issuedOn())
                      .bind("dueOn", bill.dueOn())
                      .execute();
                  var lines =
                      h.prepareBatch(
                          """
                          insert into invoice_lines (invoice_id, position, description, quantity,
                            unit_price)
                          values (:invoice, :position, :description, :quantity, :unitPrice)""");
                  for (int i = 0; i < bill.lines().size(); i++) {
                    InvoiceLine line = bill.lines().get(i);
                    lines
                        .bind("invoice", invoice.id().value())
                        .bind("position", i)
                        .bind("description", line.description())
                        .bind("quantity", line.quantity())
                        .bind("unitPrice", line.unitPrice().amount())
                        .add();
                  }
                  return lines.execute();
                }));
  }

  @Override
  public Invoice update(Invoice invoice) {
    int updated =
        tx.withHandle(
            h ->
                InvoiceRows.bindState(
                        h.createUpdate(
                            """
                            update invoices set status = :status, paid = :paid,
                              pending = :pending, paid_at = :paidAt,
                              void_reason = :reason, voided_by = :voidedBy,
                              voided_at = :voidedAt, version = version + 1
                            where id = :id and version = :version"""),
                        invoice)
                    .execute());
    if (updated == 0) {
      throw Rows.exists(tx, "invoices", invoice.id().value())
          ? StoreConflict.STALE_INVOICE.conflict()
          : new NotFound("Invoice");
    }
    return invoice.nextVersion();
  }

  @Override
  public Optional<Invoice> findById(InvoiceId id) {
    return one(id, "");
  }

  @Override
  public Optional<Invoice> lock(InvoiceId id) {
    return one(id, " for update");
  }

  private Optional<Invoice> one(InvoiceId id, String lock) {
    return tx
        .withHandle(
            h -> InvoiceRows.load(h, SELECT + " where id = :id" + lock, Map.of("id", id.value())))
        .stream()
        .findFirst();
  }

  @Override
  public Page<Invoice> search(InvoiceFilter filter, PageRequest page) {
    LocalDate today = filter.today();
    Conditions where =
        new Conditions()
            .add("customer_id = :customer", "customer", filter.customer().map(c -> c.value()));
    filter
        .status()
        .ifPresent(status -> where.add(statusClause(status), "today", Optional.of(today)));
    return PAGES.page(tx, where, page);
  }

  @Override
  public List<Invoice.Open> claimForReminders(LocalDate today, LocalDate dueSoonUntil, int limit) {
    return tx
        .withHandle(
            h ->
                InvoiceRows.load(
                    h,
                    SELECT
                        + " where status = 'open' and (due_on < :today or due_on <= :until"
                        + " and not exists (select 1 from sent_reminders r"
                        + " where r.subject_type = :subject and r.subject_id = invoices.id"
                        + " and r.occasion = :occasion))"
                        + " order by due_on, id limit :limit for update of invoices skip locked",
                    Map.of(
                        "today", today,
                        "until", dueSoonUntil,
                        "subject", REMINDER_SUBJECT,
                        "occasion", InvoiceReminders.DUE_SOON,
                        "limit", limit)))
        .stream()
        .map(Invoice.Open.class::cast)
        .toList();
  }

  /**
   * The condition of {@code status} on {@code :today}: overdue is stored so, or open and past its
   * due date (before the reminder job stored it).
   */
  private static String statusClause(InvoiceStatus status) {
    return switch (status) {
      case OPEN -> "status = 'open' and due_on >= :today";
      case OVERDUE -> "(status = 'overdue' or status = 'open' and due_on < :today)";
      case PAID -> "status = 'paid' and :today is not null";
      case VOID -> "status = 'void' and :today is not null";
    };
  }
}
