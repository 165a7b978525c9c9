package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.domain.billing.Bill;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.billing.InvoiceNumber;
import dev.motorhub.domain.billing.InvoiceSource;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * An invoice as a row of {@code invoices} (its lines are rows of {@code invoice_lines}) and back:
 * the state in {@code status} with what each state adds; a query's invoices are read with all their
 * lines in one more query.
 */
final class InvoiceRows {
  static final String COLUMNS =
      "id, number, customer_id, source_kind, source_reference, currency, total, paid, pending,"
          + " issued_on, due_on, status, paid_at, void_reason, voided_by, voided_at, version";

  private InvoiceRows() {}

  /** What an invoice row holds, read at once; its lines come from their own rows. */
  record Head(UUID id, Currency currency, Function<List<InvoiceLine>, Invoice> withLines) {}

  /** The invoice of the current row, waiting for its lines. */
  static Head head(ResultSet rs) throws SQLException {
    InvoiceId id = new InvoiceId(uuid(rs, "id"));
    Currency currency = Currency.getInstance(rs.getString("currency"));
    InvoiceNumber number = new InvoiceNumber(rs.getString("number"));
    UserId customer = new UserId(uuid(rs, "customer_id"));
    InvoiceSource source =
        new InvoiceSource(rs.getString("source_kind"), uuid(rs, "source_reference"));
    LocalDate issuedOn = rs.getObject("issued_on", LocalDate.class);
    LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
    long version = rs.getLong("version");
    Function<Bill, Invoice> state =
        switch (rs.getString("status")) {
          case "open", "overdue" -> {
            Money paid = new Money(rs.getBigDecimal("paid"), currency);
            Money pending = new Money(rs.getBigDecimal("pending"), currency);
            boolean overdue = rs.getString("status").equals("overdue");
            yield bill -> new Invoice.Open(id, bill, paid, pending, overdue, version);
          }
          case "paid" -> {
            Instant paidAt = instant(rs, "paid_at");
            yield bill -> new Invoice.Paid(id, bill, paidAt, version);
          }
          case "void" -> {
            String reason = rs.getString("void_reason");
            UserId voidedBy = new UserId(uuid(rs, "voided_by"));
            Instant voidedAt = instant(rs, "voided_at");
            yield bill -> new Invoice.Void(id, bill, reason, voidedBy, voidedAt, version);
          }
          default -> throw new SQLException("Unknown invoice status " + rs.getString("status"));
        };
    return new Head(
        id.value(),
        currency,
        lines -> state.apply(new Bill(number, customer, source, lines, issuedOn, dueOn)));
  }

  /** The invoices the query selects, each with its lines, read in a second query. */
  static List<Invoice> load(Handle h, String sql, Map<String, Object> values) {
    List<InvoiceRows.Head> heads =
        h.createQuery(sql).bindMap(values).map((rs, ctx) -> head(rs)).list();
    if (heads.isEmpty()) {
      return List.of();
    }
    Map<UUID, Currency> currencies = new HashMap<>();
    heads.forEach(head -> currencies.put(head.id(), head.currency()));
    Map<UUID, List<InvoiceLine>> lines = new HashMap<>();
    h.createQuery(
            "select invoice_id, description, quantity, unit_price from invoice_lines"
                + " where invoice_id = any(:ids) order by invoice_id, position")
        .bindArray("ids", UUID.class, List.copyOf(currencies.keySet()))
        .map(
            (rs, ctx) -> {
              UUID invoice = uuid(rs, "invoice_id");
              return Map.entry(invoice, line(rs, currencies.get(invoice)));
            })
        .forEach(
            row -> lines.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue()));
    return heads.stream().map(head -> head.withLines().apply(lines.get(head.id()))).toList();
  }

  static InvoiceLine line(ResultSet rs, Currency currency) throws SQLException {
    return new InvoiceLine(
        rs.getString("description"),
        rs.getInt("quantity"),
        new Money(rs.getBigDecimal("unit_price"), currency));
  }

  /**
   * Binds the columns that change with the state: status, paid, pending, and what each state adds.
   */
  static <S extends SqlStatement<S>> S bindState(S statement, Invoice invoice) {
    Instant paidAt = null;
    String reason = null;
    UUID voidedBy = null;
    Instant voidedAt = null;
    String status =
        switch (invoice) {
          case Invoice.Open open -> open.markedOverdue() ? "overdue" : "open";
          case Invoice.Paid paid -> {
            paidAt = paid.paidAt();
            yield "paid";
          }
          case Invoice.Void voided -> {
            reason = voided.reason();
            voidedBy = voided.voidedBy().value();
            voidedAt = voided.voidedAt();
            yield "void";
          }
        };
    return statement
        .bind("id", invoice.id().value())
        .bind("status", status)
        .bind("paid", invoice.paid().amount())
        .bind("pending", invoice.pending().amount())
        .bindByType("paidAt", paidAt, Instant.class)
        .bindByType("reason", reason, String.class)
        .bindByType("voidedBy", voidedBy, UUID.class)
        .bindByType("voidedAt", voidedAt, Instant.class)
        .bind("version", invoice.version());
  }
}
