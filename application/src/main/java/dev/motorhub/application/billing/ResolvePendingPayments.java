package dev.motorhub.application.billing;

import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.billing.Payment;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The sweep of payments left pending (the provider was down or slow when they were made, or the
 * process stopped between the charge and its settlement), run now and then by a job runner: it asks
 * the provider about each payment pending for {@link PaymentSettings#checkAfter()} and settles it
 * as the provider says. A payment the provider never heard of is failed once {@link
 * PaymentSettings#giveUpAfter()} has passed since it was made, and what it held is released; one
 * the provider is still processing, or that cannot be asked now, is asked again later. The payer is
 * told in-app of every payment settled here.
 *
 * <p>Payments are claimed in batches, each claim a short unit of work that moves their next check
 * forward (on PostgreSQL skipping rows another sweep holds), so two sweeps at once do not ask about
 * the same payment; the provider is asked outside any unit of work; each payment then settles in a
 * unit of work of its own that leaves a payment settled meanwhile alone, so a payment settles once.
 */
public final class ResolvePendingPayments {
  /** What a run did: payments looked up, and of them settled as succeeded, failed, or left. */
  public record Summary(int checked, int succeeded, int failed, int stillPending) {
    @Override
    public String toString() {
      return checked
          + " pending payments checked: "
          + succeeded
          + " succeeded, "
          + failed
          + " failed, "
          + stillPending
          + " still pending";
    }
  }

  private enum Result {
    SUCCEEDED,
    FAILED,
    STILL_PENDING,
    SETTLED_ELSEWHERE
  }

  private final Transactions tx;
  private final PaymentRepository payments;
  private final PaymentGateway gateway;
  private final PaymentSettler settler;
  private final PaymentSettings settings;
  private final Clock clock;

  public ResolvePendingPayments(
      Transactions tx,
      PaymentRepository payments,
      PaymentGateway gateway,
      PaymentSettler settler,
      PaymentSettings settings,
      Clock clock) {
    this.tx = tx;
    this.payments = payments;
    this.gateway = gateway;
    this.settler = settler;
    this.settings = settings;
    this.clock = clock;
  }

  /** Resolves every payment due to be checked now, a batch at a time. */
  public Summary resolve() {
    int checked = 0;
    int succeeded = 0;
    int failed = 0;
    int stillPending = 0;
    List<Payment> claimed;
    do {
      Instant now = clock.instant();
      claimed =
          tx.inTransaction(
              () ->
                  payments.claimPending(
                      now, now.plus(settings.checkAfter()), settings.batchSize()));
      for (Payment payment : claimed) {
        checked++;
        switch (resolve(payment)) {
          case SUCCEEDED -> succeeded++;
          case FAILED -> failed++;
          case STILL_PENDING -> stillPending++;
          case SETTLED_ELSEWHERE -> {}
        }
      }
    } while (claimed.size() == settings.batchSize());
    return new Summary(checked, succeeded, failed, stillPending);
  }

  private Result resolve(Payment payment) {
    ChargeStatus status;
    try {
      status = gateway.status(payment.id());
    } catch (RuntimeException unreachable) {
      // The provider cannot be asked now; the claim moved the next check forward already.
      return Result.STILL_PENDING;
    }
    return switch (status) {
      case ChargeStatus.Succeeded s -> settled(payment, p -> p.succeed(s.reference(), now()));
      case ChargeStatus.Failed f -> settled(payment, p -> p.fail(f.reason(), now()));
      case ChargeStatus.Processing p -> Result.STILL_PENDING;
      case ChargeStatus.Unknown u ->
          now().isBefore(payment.createdAt().plus(settings.giveUpAfter()))
              ? Result.STILL_PENDING
              : settled(
                  payment,
                  p ->
                      p.fail(
                          "The payment provider never received the charge; nothing was charged.",
                          now()));
    };
  }

  private Result settled(Payment payment, UnaryOperator<Payment> outcome) {
    PaymentSettler.Settled settled = settler.settle(payment, outcome, true);
    if (!settled.now()) {
      return Result.SETTLED_ELSEWHERE;
    }
    return switch (settled.payment().status()) {
      case SUCCEEDED -> Result.SUCCEEDED;
      case FAILED -> Result.FAILED;
      case PENDING -> Result.STILL_PENDING;
    };
  }

  private Instant now() {
    return clock.instant();
  }
}
