package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.optionalString;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.billing.PaymentRepository;
import dev.motorhub.domain.billing.IdempotencyKey;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.billing.PaymentId;
import dev.motorhub.domain.customers.CardBrand;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Payments in {@code payments}; a recorder's idempotency key is unique. */
final class JdbiPaymentRepository implements PaymentRepository {
  private static final String SELECT =
      "select id, invoice_id, payer_id, recorded_by, card_id, card_brand, card_last4, amount,"
          + " currency, paid_at, late, gateway_reference, idempotency_key, idempotency_request"
          + " from payments";

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
            instant(rs, "paid_at"),
            rs.getBoolean("late"),
            rs.getString("gateway_reference"),
            key.map(k -> new IdempotencyKey(k, request)));
      };

  private static final KeysetPages<Payment> PAGES =
      new KeysetPages<>(SELECT, "id", PAYMENTS, p -> p.id().value());

  private final JdbiTransactions tx;

  JdbiPaymentRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Payment payment) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate(
                            """
                            insert into payments (id, invoice_id, payer_id, recorded_by, card_id,
                              card_brand, card_last4, amount, currency, paid_at, late,
                              gateway_reference, idempotency_key, idempotency_request)
                            values (:id, :invoice, :payer, :recordedBy, :card, :brand, :last4,
                              :amount, :currency, :paidAt, :late, :reference, :key, :request)""")
                        .bind("id", payment.id().value())
                        .bind("invoice", payment.invoice().value())
                        .bind("payer", payment.payer().value())
                        .bind("recordedBy", payment.recordedBy().value())
                        .bind("card", payment.card().value())
                        .bind("brand", payment.cardBrand().wire())
                        .bind("last4", payment.cardLast4())
                        .bind("amount", payment.amount().amount())
                        .bind("currency", payment.amount().currency().getCurrencyCode())
                        .bind("paidAt", payment.paidAt())
                        .bind("late", payment.late())
                        .bind("reference", payment.gatewayReference())
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
}
