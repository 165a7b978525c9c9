package dev.motorhub.application.billing;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.application.support.FakePaymentGateway;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.billing.PaymentStatus;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A payment is held pending, charged outside any unit of work, then settled; one whose charge has
 * no known outcome stays pending until the sweep learns it from the provider.
 */
class PendingPaymentsTest {
  private static final String DECLINED = "Your card was declined: insufficient funds.";
  private static final Duration CHECK_AFTER = Duration.ofSeconds(60);
  private static final Duration GIVE_UP_AFTER = Duration.ofHours(1);

  private final FakePaymentGateway provider = new FakePaymentGateway();
  private final TestClock clock = TestClock.start();
  private final TestTrading market =
      TestTrading.on(
          clock,
          TestMotorhub.builder(clock)
              .paymentGateway(provider)
              .paymentSettings(new PaymentSettings(CHECK_AFTER, GIVE_UP_AFTER, 2))
              .build());
  private final Invoice invoice = market.exposureInvoice(market.olive);
  private final CreditCard card = TestMarket.card(market.motorhub, market.olive);

  private PayInvoice.Receipt pay(String amount, String key) {
    return market.pay(market.olive, invoice, card, amount, key);
  }

  private ResolvePendingPayments.Summary sweep() {
    return market.motorhub.billing().resolvePendingPayments().resolve();
  }

  private List<Payment> payments() {
    return market.paymentsOf(invoice);
  }

  private Invoice.Open open() {
    return (Invoice.Open) market.reread(invoice);
  }

  private List<NotificationKind> olivesPaymentNews() {
    return market.inbox(market.olive).stream()
        .map(Notification::kind)
        .filter(k -> k.name().startsWith("PAYMENT_"))
        .toList();
  }

  @Test
  void aDeclinedCharge_failsThePayment_releasesItsAmount_andAnswersTheDecline() {
    provider.declines(DECLINED);

    assertThat(refused(RuleViolated.class, () -> pay("20.00", null))).hasMessage(DECLINED);

    assertThat(payments())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo(PaymentStatus.FAILED);
              assertThat(p.gatewayReference()).isEmpty();
            });
    assertThat(open().pending().plain()).isEqualTo("0.00");
    assertThat(open().owed().plain()).isEqualTo("50.00");
    provider.succeeds();
    assertThat(pay(null, null).invoice()).isInstanceOf(Invoice.Paid.class);
  }

  @Test
  void aTimedOutCharge_leavesThePaymentPending_holdingItsAmount_unpaid() {
    provider.timesOut();

    PayInvoice.Receipt receipt = pay("30.00", null);

    assertThat(receipt.pending()).isTrue();
    assertThat(receipt.payment().status()).isEqualTo(PaymentStatus.PENDING);
    assertThat(receipt.payment().settledAt()).isEmpty();
    assertThat(receipt.invoice().paid().plain()).as("pending is not paid").isEqualTo("0.00");
    assertThat(receipt.invoice().pending().plain()).isEqualTo("30.00");
    assertThat(open().owed().plain()).isEqualTo("50.00");
    assertThat(open().payable().plain()).isEqualTo("20.00");
  }

  @Test
  void twoPendingPayments_neverComeToMoreThanIsOwed() {
    provider.timesOut();
    pay("30.00", null);

    assertThat(refused(RuleViolated.class, () -> pay("20.01", null)))
        .hasMessage("Only 20.00 is owed on this invoice beyond the 30.00 of payments pending.");
    PayInvoice.Receipt rest = pay(null, null);
    assertThat(rest.payment().amount().plain()).isEqualTo("20.00");
    assertThat(refused(RuleViolated.class, () -> pay(null, null)))
        .hasMessage("Nothing more is owed on this invoice: 50.00 of payments are pending.");
    assertThat(provider.charged()).hasSize(2);
  }

  @Test
  void theSweep_asksOnlyOncePaymentsHaveWaited_thenSettlesWhatTheProviderCharged() {
    provider.timesOut();
    Payment pending = pay(null, null).payment();

    assertThat(sweep()).isEqualTo(new ResolvePendingPayments.Summary(0, 0, 0, 0));
    clock.advance(CHECK_AFTER);
    assertThat(sweep()).as("still processing").isEqualTo(summary(1, 0, 0, 1));
    provider.completes(pending.id());
    assertThat(sweep()).as("asked again only after another wait").isEqualTo(summary(0, 0, 0, 0));
    clock.advance(CHECK_AFTER);
    assertThat(sweep()).isEqualTo(summary(1, 1, 0, 0));

    assertThat(payments())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo(PaymentStatus.SUCCEEDED);
              assertThat(p.gatewayReference()).contains(FakePaymentGateway.reference(pending.id()));
              assertThat(p.settledAt()).contains(clock.instant());
            });
    assertThat(market.reread(invoice)).isInstanceOf(Invoice.Paid.class);
    assertThat(olivesPaymentNews()).containsExactly(NotificationKind.PAYMENT_SUCCEEDED);
    assertThat(provider.charged()).containsExactly(pending.id());
  }

  @Test
  void aPaymentMadeBeforeTheDueDate_isNotLate_howeverLateItSettles() {
    provider.timesOut();
    Payment pending = pay(null, null).payment();
    provider.completes(pending.id());
    clock.advance(Duration.ofDays(45));

    assertThat(sweep().succeeded()).isEqualTo(1);

    assertThat(payments()).singleElement().extracting(Payment::late).isEqualTo(false);
  }

  @Test
  void aPaymentSettledMeanwhile_isLeftAsItIs_soItSettlesOnce() {
    provider.timesOut();
    Payment pending = pay(null, null).payment();
    var store = market.motorhub.store();
    PaymentSettler settler =
        new PaymentSettler(
            store.transactions(),
            store.invoices(),
            store.payments(),
            new Notifier(store.notifications(), () -> UUID.randomUUID(), clock));

    PaymentSettler.Settled first =
        settler.settle(pending, p -> p.succeed("ch_1", clock.instant()), true);
    PaymentSettler.Settled again =
        settler.settle(pending, p -> p.fail("late news", clock.instant()), true);

    assertThat(first.now()).isTrue();
    assertThat(again.now()).isFalse();
    assertThat(again.payment()).isEqualTo(first.payment());
    assertThat(again.invoice()).isEqualTo(first.invoice()).isInstanceOf(Invoice.Paid.class);
    assertThat(olivesPaymentNews()).containsExactly(NotificationKind.PAYMENT_SUCCEEDED);
  }

  @Test
  void theSweep_failsAChargeTheProviderDeclinedLater_andReleasesItsAmount() {
    provider.timesOut();
    Payment pending = pay("30.00", null).payment();
    provider.failsLater(pending.id(), DECLINED);
    clock.advance(CHECK_AFTER);

    assertThat(sweep()).isEqualTo(summary(1, 0, 1, 0));

    assertThat(payments())
        .singleElement()
        .extracting(Payment::status)
        .isEqualTo(PaymentStatus.FAILED);
    assertThat(open().pending().plain()).isEqualTo("0.00");
    assertThat(open().payable().plain()).isEqualTo("50.00");
    assertThat(olivesPaymentNews()).containsExactly(NotificationKind.PAYMENT_FAILED);
    assertThat(market.inbox(market.olive).getFirst().message()).contains(DECLINED);
  }

  @Test
  void aChargeTheProviderNeverHeardOf_isFailedOnlyOnceTheGiveUpTimeHasPassed() {
    provider.isDown();
    pay(null, null);
    clock.advance(CHECK_AFTER);

    assertThat(sweep()).isEqualTo(summary(1, 0, 0, 1));
    assertThat(open().pending().plain()).isEqualTo("50.00");
    clock.advance(GIVE_UP_AFTER);
    assertThat(sweep()).isEqualTo(summary(1, 0, 1, 0));

    assertThat(open().pending().plain()).isEqualTo("0.00");
    assertThat(olivesPaymentNews()).containsExactly(NotificationKind.PAYMENT_FAILED);
    provider.succeeds();
    assertThat(pay(null, null).invoice()).isInstanceOf(Invoice.Paid.class);
  }

  @Test
  void aProviderThatCannotBeAsked_leavesPaymentsPending_toBeAskedAgainLater() {
    provider.timesOut();
    Payment pending = pay(null, null).payment();
    provider.completes(pending.id());
    provider.statusUnavailable(true);
    clock.advance(CHECK_AFTER);

    assertThat(sweep()).isEqualTo(summary(1, 0, 0, 1));
    provider.statusUnavailable(false);
    clock.advance(CHECK_AFTER);
    assertThat(sweep()).isEqualTo(summary(1, 1, 0, 0));
  }

  @Test
  void theSweep_resolvesEveryPaymentDue_aBatchAtATime() {
    provider.timesOut();
    List<Payment> pending =
        List.of(
                pay("10.00", null),
                pay("10.00", null),
                pay("10.00", null),
                pay("10.00", null),
                pay("10.00", null))
            .stream()
            .map(PayInvoice.Receipt::payment)
            .toList();
    pending.forEach(p -> provider.completes(p.id()));
    clock.advance(CHECK_AFTER);

    assertThat(sweep()).isEqualTo(summary(5, 5, 0, 0));
    assertThat(market.reread(invoice)).isInstanceOf(Invoice.Paid.class);
    assertThat(provider.charged()).hasSize(5);
  }

  @Test
  void aRetryWithTheSameKey_answersThePendingPayment_thenTheSettledOne_chargingOnce() {
    provider.timesOut();
    Payment first = pay("20.00", "olive-1").payment();

    PayInvoice.Receipt retry = pay("20.00", "olive-1");
    assertThat(retry.replayed()).isTrue();
    assertThat(retry.payment()).isEqualTo(first);
    assertThat(retry.pending()).isTrue();

    provider.completes(first.id());
    clock.advance(CHECK_AFTER);
    sweep();
    PayInvoice.Receipt later = pay("20.00", "olive-1");

    assertThat(later.replayed()).isTrue();
    assertThat(later.payment().status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(later.invoice().paid().plain()).isEqualTo("20.00");
    assertThat(provider.charged()).containsExactly(first.id());
  }

  @Test
  void aRetryOfADeclinedPayment_withTheSameKey_isTheSameDecline_chargingOnce() {
    provider.declines(DECLINED);
    refused(RuleViolated.class, () -> pay("20.00", "olive-1"));
    provider.succeeds();

    assertThat(refused(RuleViolated.class, () -> pay("20.00", "olive-1"))).hasMessage(DECLINED);
    assertThat(provider.charged()).hasSize(1);
    assertThat(pay("20.00", "olive-2").payment().status()).isEqualTo(PaymentStatus.SUCCEEDED);
  }

  @Test
  void anInvoiceWithAPaymentPending_cannotBeVoided() {
    provider.timesOut();
    pay("5.00", null);

    assertThat(
            refused(
                RuleViolated.class,
                () -> market.voidInvoice(market.staff, invoice, "Issued twice")))
        .hasMessage("A payment of this invoice is pending; it cannot be voided.");
  }

  private static ResolvePendingPayments.Summary summary(
      int checked, int succeeded, int failed, int stillPending) {
    return new ResolvePendingPayments.Summary(checked, succeeded, failed, stillPending);
  }
}
