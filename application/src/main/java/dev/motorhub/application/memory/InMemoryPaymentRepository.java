package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.billing.PaymentRepository;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.billing.PaymentId;
import dev.motorhub.domain.billing.PaymentOutcome;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Payments in memory; the store's single lock makes locking a read and a claim exclusive, as {@code
 * FOR UPDATE SKIP LOCKED} does on PostgreSQL.
 */
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
  public void update(Payment payment) {
    if (payments.get(payment.id().value()).isEmpty()) {
      throw new NotFound("Payment");
    }
    payments.put(payment.id().value(), payment);
  }

  @Override
  public Optional<Payment> lock(PaymentId id) {
    return payments.get(id.value());
  }

  @Override
  public List<Payment> claimPending(Instant now, Instant checkAgainAt, int limit) {
    List<Payment> due =
        payments
            .where(
                p ->
                    p.outcome() instanceof PaymentOutcome.Pending pending
                        && !pending.checkAt().isAfter(now))
            .stream()
            .sorted(Comparator.comparing(InMemoryPaymentRepository::checkAt))
            .limit(limit)
            .map(p -> p.checkAgainAt(checkAgainAt))
            .toList();
    due.forEach(p -> payments.put(p.id().value(), p));
    return due;
  }

  private static Instant checkAt(Payment pending) {
    return ((PaymentOutcome.Pending) pending.outcome()).checkAt();
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
