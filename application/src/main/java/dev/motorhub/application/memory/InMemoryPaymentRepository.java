package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.billing.PaymentRepository;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Payments in memory. */
final class InMemoryPaymentRepository implements PaymentRepository {
  private final Table<UUID, Payment> payments;

  InMemoryPaymentRepository(Table<UUID, Payment> payments) {
    this.payments = payments;
  }

  @Override
  public void add(Payment payment) {
    payment
        .idempotencyKey()
        .ifPresent(
            key -> {
              if (findByIdempotencyKey(payment.recordedBy(), key.key()).isPresent()) {
                throw StoreConflict.IDEMPOTENCY_KEY_USED.conflict();
              }
            });
    payments.put(payment.id().value(), payment);
  }

  @Override
  public Optional<Payment> findByIdempotencyKey(UserId recorder, String idempotencyKey) {
    return payments
        .where(
            p ->
                p.recordedBy().equals(recorder)
                    && p.idempotencyKey().filter(k -> k.key().equals(idempotencyKey)).isPresent())
        .stream()
        .findFirst();
  }

  @Override
  public Page<Payment> search(
      Optional<UserId> payer, Optional<InvoiceId> invoice, PageRequest page) {
    return Page.fromFetched(
        payments.whereAfter(
            page.after(),
            p ->
                payer.map(p.payer()::equals).orElse(true)
                    && invoice.map(p.invoice()::equals).orElse(true),
            page.limit() + 1),
        page.limit(),
        p -> p.id().value());
  }
}
