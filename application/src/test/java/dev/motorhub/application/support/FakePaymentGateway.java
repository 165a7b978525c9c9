package dev.motorhub.application.support;

import dev.motorhub.application.billing.ChargeStatus;
import dev.motorhub.application.billing.PaymentGateway;
import dev.motorhub.domain.billing.PaymentId;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.RuleViolated;
import dev.motorhub.domain.shared.Unavailable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A payment provider for tests, kept in memory: it charges, declines, times out after taking the
 * charge (which it finishes later, as told), or cannot be reached at all, and answers what it knows
 * of each charge by the platform's payment id. It counts every charge it is asked for, so a test
 * sees that no payment is charged twice.
 */
public final class FakePaymentGateway implements PaymentGateway {
  /** What the provider does with the next charges. */
  private enum Mode {
    SUCCEED,
    DECLINE,
    TIME_OUT,
    DOWN
  }

  private static final Duration RETRY = Duration.ofSeconds(30);
  private final Map<PaymentId, ChargeStatus> charges = new ConcurrentHashMap<>();
  private final List<PaymentId> asked = Collections.synchronizedList(new ArrayList<>());
  private volatile Mode mode = Mode.SUCCEED;
  private volatile String declineReason = "";
  private volatile boolean statusUnavailable;

  /** Charges go through at once. */
  public FakePaymentGateway succeeds() {
    mode = Mode.SUCCEED;
    return this;
  }

  /** Charges are declined for {@code reason}. */
  public FakePaymentGateway declines(String reason) {
    declineReason = reason;
    mode = Mode.DECLINE;
    return this;
  }

  /** Charges are taken but not answered in time: the provider processes them until told. */
  public FakePaymentGateway timesOut() {
    mode = Mode.TIME_OUT;
    return this;
  }

  /** The provider cannot be reached: charges never arrive. */
  public FakePaymentGateway isDown() {
    mode = Mode.DOWN;
    return this;
  }

  /** Whether asking about a charge fails as if the provider were unreachable. */
  public FakePaymentGateway statusUnavailable(boolean unavailable) {
    statusUnavailable = unavailable;
    return this;
  }

  /** The provider finishes the charge of {@code payment}: the card is charged. */
  public void completes(PaymentId payment) {
    charges.put(payment, new ChargeStatus.Succeeded(reference(payment)));
  }

  /** The provider finishes the charge of {@code payment} by declining it. */
  public void failsLater(PaymentId payment, String reason) {
    charges.put(payment, new ChargeStatus.Failed(reason));
  }

  /** The payments the provider was asked to charge, once per request, in order. */
  public List<PaymentId> charged() {
    synchronized (asked) {
      return List.copyOf(asked);
    }
  }

  public static String reference(PaymentId payment) {
    return "fake:" + payment;
  }

  @Override
  public String charge(PaymentId payment, CreditCard card, Money amount, String description) {
    asked.add(payment);
    return switch (mode) {
      case SUCCEED -> {
        completes(payment);
        yield reference(payment);
      }
      case DECLINE -> {
        charges.put(payment, new ChargeStatus.Failed(declineReason));
        throw new RuleViolated(declineReason);
      }
      case TIME_OUT -> {
        charges.put(payment, new ChargeStatus.Processing());
        throw new Unavailable("The payment provider did not answer in time.", RETRY);
      }
      case DOWN -> throw new Unavailable("The payment provider cannot be reached.", RETRY);
    };
  }

  @Override
  public ChargeStatus status(PaymentId payment) {
    if (statusUnavailable) {
      throw new Unavailable("The payment provider cannot be reached.", RETRY);
    }
    return charges.getOrDefault(payment, new ChargeStatus.Unknown());
  }
}
