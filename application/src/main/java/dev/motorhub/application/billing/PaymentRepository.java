package dev.motorhub.application.billing;

import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/** The payments made. A payer's idempotency key names one payment at most. */
public interface PaymentRepository {
  /** Stores a payment; an idempotency key the payer used already is a {@code Conflict}. */
  void add(Payment payment);

  /** The payment {@code payer} made with {@code idempotencyKey}, if any. */
  Optional<Payment> findByIdempotencyKey(UserId payer, String idempotencyKey);

  /** The payments of one payer and/or of one invoice (every payment when both are empty). */
  Page<Payment> search(Optional<UserId> payer, Optional<InvoiceId> invoice, PageRequest page);
}
