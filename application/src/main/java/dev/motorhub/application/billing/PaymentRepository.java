package dev.motorhub.application.billing;

import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/** The payments made. An idempotency key names one payment of its recorder at most. */
public interface PaymentRepository {
  /** Stores a payment; an idempotency key its recorder used already is a {@code Conflict}. */
  void add(Payment payment);

  /** The payment {@code recorder} recorded with {@code idempotencyKey}, if any. */
  Optional<Payment> findByIdempotencyKey(UserId recorder, String idempotencyKey);

  /** The payments of one payer and/or of one invoice (every payment when both are empty). */
  Page<Payment> search(Optional<UserId> payer, Optional<InvoiceId> invoice, PageRequest page);
}
