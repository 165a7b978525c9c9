package dev.motorhub.application.billing;

import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.billing.PaymentId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The payments made. An idempotency key names one payment of its recorder at most. */
public interface PaymentRepository {
  /** Stores a payment; an idempotency key its recorder used already is a {@code Conflict}. */
  void add(Payment payment);

  /** Stores the payment's new outcome (settled, or pending with a new time to check it). */
  void update(Payment payment);

  /** The payment, locked until the end of the unit of work. */
  Optional<Payment> lock(PaymentId id);

  /** The payment {@code recorder} recorded with {@code idempotencyKey}, if any. */
  Optional<Payment> findByIdempotencyKey(UserId recorder, String idempotencyKey);

  /** The payments of one payer and/or of one invoice (every payment when both are empty). */
  Page<Payment> search(Optional<UserId> payer, Optional<InvoiceId> invoice, PageRequest page);

  /**
   * Claims at most {@code limit} pending payments due to be checked at {@code now}, oldest check
   * first, and moves their next check to {@code checkAgainAt}, so that no other sweep claims them
   * meanwhile: on PostgreSQL, rows another unit of work holds are skipped ({@code FOR UPDATE SKIP
   * LOCKED}). Returns them as claimed.
   */
  List<Payment> claimPending(Instant now, Instant checkAgainAt, int limit);
}
