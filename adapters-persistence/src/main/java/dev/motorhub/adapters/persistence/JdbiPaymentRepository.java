package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.optionalString;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.billing.PaymentRepository;
import dev.motorhub.domain.billing.IdempotencyKey;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.billing.PaymentId;
import dev.motorhub.domain.billing.PaymentOutcome;
import dev.motorhub.domain.customers.CardBrand;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Payments in {@code payments}; a recorder's idempotency key is unique. A payment's outcome is its
 * {@code status} with what each adds: the next check of a pending one, the settlement time and the
 * provider's reference or the failure's reason of a settled one.
 */
final class JdbiPaymentRepository implements PaymentRepository {
  private static final String COLUMNS =
      "id, invoice_id, payer_id, recorded_by, card_id, card_brand, card_last4, amount, currency,"
          + " created_at, late, status, check_at, settled_at, gateway_reference, failure_reason,"
          + " idempotency_key, idempotency_request";
  private static final String SELECT = "select " + COLUMNS + " from payments";

  private static final RowMapper<Payment> PAYMENTS =
      (rs, ctx) -> {
        Optional<String> key = optionalString(rs, "idempotency_key");
        String request = rs.getString("idempotency_request");
        return new Payment(
            new PaymentId(uuid(rs, "id")),
            new InvoiceId(uuid(rs, "invoice_id")),
            new UserId(uuid(rs, "payer_id")),
            new UserId(uuid(rs, "recorded_by")),
            new CardId(uuid(rs, "card_id")),
            CardBrand.valueOf(rs.getString("card_brand").toUpperCase(Locale.ROOT)),
            rs.getString("card_last4"),
            new Money(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency"))),
            instant(rs, "created_at"),
            rs.getBoolean("late"),
            outcome(rs),
            key.map(k -> new IdempotencyKey(k, request)));
      };

  private static final KeysetPages<Payment> PAGES =
      new KeysetPages<>(SELECT, "id", PAYMENTS, p -> p.id().value());

  private final JdbiTransactions tx;

  JdbiPaymentRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  private static PaymentOutcome outcome(ResultSet rs) throws SQLException {
    return switch (rs.getString("status")) {
      case "pending" -> new PaymentOutcome.Pending(instant(rs, "check_at"));
      case "succeeded" ->
          new PaymentOutcome.Succeeded(
              rs.getString("gateway_reference"), instant(rs, "settled_at"));
      case "failed" ->
          new PaymentOutcome.Failed(rs.getString("failure_reason"), instant(rs, "settled_at"));
      default -> throw new SQLException("Unknown payment status " + rs.getString("status"));
    };
  }

  /** Binds the columns of the payment's outcome. */
  private static <S extends SqlStatement<S>> S bindOutcome(S statement, Payment payment) {
    Instant checkAt = null;
    Instant settledAt = null;
    String reference = null;
    String reason = null;
    switch (payment.outcome()) {
      case PaymentOutcome.Pending p -> checkAt = p.checkAt();
      case PaymentOutcome.Succeeded s -> {
        settledAt = s.settledAt();
        reference = s.gatewayReference();
      }
      case PaymentOutcome.Failed f -> {
        settledAt = f.settledAt();
        reason = f.reason();
      }
    }
    return statement
        .bind("id", payment.id().value())
        .bind("status", payment.status().wire())
        .bindByType("checkAt", checkAt, Instant.class)
        .bindByType("settledAt", settledAt, Instant.class)
        .bindByType("reference", reference, String.class)
        .bindByType("reason", reason, String.class);
  }

  @Override
  public void add(Payment payment) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    bindOutcome(
                            h.createUpdate(
                                """
                                insert into payments (id, invoice_id, payer_id, recorded_by,
                                  card_id, card_brand, card_last4, amount, currency, created_at,
                                  late, status, check_at, settled_at, gateway_reference,
                                  failure_reason, idempotency_key, idempotency_request)
                                values (:id, :invoice, :payer, :recordedBy, :card, :brand, :last4,
                                  :amount, :currency, :createdAt, :late, :status, :checkAt,
                                  :settledAt, :reference, :reason, :key, :request)"""),
                            payment)
                        .bind("invoice", payment.invoice().value())
                        .bind("payer", payment.payer().value())
                        .bind("recordedBy", payment.recordedBy().value())
                        .bind("card", payment.card().value())
                        .bind("brand", payment.cardBrand().wire())
                        .bind("last4", payment.cardLast4())
                        .bind("amount", payment.amount().amount())
                        .bind("currency", payment.amount().currency().getCurrencyCode())
                        .bind("createdAt", payment.createdAt())
                        .bind("late", payment.late())
                        .bindByType(
                            "key",
                            payment.idempotencyKey().map(IdempotencyKey::key).orElse(null),
                            String.class)
                        .bindByType(
                            "request",
                            payment.idempotencyKey().map(IdempotencyKey::request).orElse(null),
                            String.class)
                        .execute()));
  }

  @Override
  public void update(Payment payment) {
    int updated =
        tx.withHandle(
            h ->
                bindOutcome(
                        h.createUpdate(
                            """
                            update payments set status = :status, check_at = :checkAt,
                              settled_at = :settledAt, gateway_reference = :reference,
                              failure_reason = :reason
                            where id = :id"""),
                        payment)
                    .execute());
    if (updated == 0) {
      throw new NotFound("Payment");
    }
  }

  @Override
  public Optional<Payment> lock(PaymentId id) {
    return Rows.one(tx, SELECT + " where id = :value for update", id.value(), PAYMENTS);
  }

  @Override
  public Optional<Payment> findByIdempotencyKey(UserId recorder, String idempotencyKey) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where recorded_by = :recorder and idempotency_key = :key")
                .bind("recorder", recorder.value())
                .bind("key", idempotencyKey)
                .map(PAYMENTS)
                .findOne());
  }

  @Override
  public Page<Payment> search(
      Optional<UserId> payer, Optional<InvoiceId> invoice, PageRequest page) {
    Conditions where =
        new Conditions()
            .add("payer_id = :payer", "payer", payer.map(UserId::value))
            .add("invoice_id = :invoice", "invoice", invoice.map(InvoiceId::value));
    return PAGES.page(tx, where, page);
  }

  /**
   * Claims the due rows with {@code FOR UPDATE SKIP LOCKED}, so that a sweep on another instance
   * skips what this one holds rather than waits for it, and moves their next check in the same
   * statement: once this unit of work commits, they are no longer due.
   */
  @Override
  public List<Payment> claimPending(Instant now, Instant checkAgainAt, int limit) {
    return tx
        .withHandle(
            h ->
                h.createQuery(
                        """
                        with due as (
                          select id from payments
                          where status = 'pending' and check_at <= :now
                          order by check_at, id
                          limit :limit
                          for update skip locked)
                        update payments set check_at = :next
                        from due where payments.id = due.id
                        returning\s"""
                            + qualified())
                    .bind("now", now)
                    .bind("next", checkAgainAt)
                    .bind("limit", limit)
                    .map(PAYMENTS)
                    .list())
        .stream()
        .sorted(
            Comparator.comparing((Payment p) -> p.createdAt()).thenComparing(p -> p.id().value()))
        .toList();
  }

  /** The columns of {@link #COLUMNS}, each of {@code payments}. */
  private static String qualified() {
    return String.join(
        ", ",
        Arrays.stream(COLUMNS.split(",")).map(column -> "payments." + column.strip()).toList());
  }
}
