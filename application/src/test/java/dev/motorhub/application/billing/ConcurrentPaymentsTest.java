package dev.motorhub.application.billing;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.billing.PaymentId;
import dev.motorhub.domain.billing.PaymentStatus;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Payments at once on one invoice: never more paid than owed, one payment per key. */
class ConcurrentPaymentsTest {
  private final TestTrading market = TestTrading.start();
  private Invoice invoice;
  private CreditCard card;

  @BeforeEach
  void oliveOwesTheExposureOfHerLeaseTrade() {
    invoice = market.exposureInvoice(market.olive);
    card = TestMarket.card(market.motorhub, market.olive);
  }

  private PayInvoice.Receipt pay(Principal who, String amount, String key) {
    return market.pay(who, invoice, card, amount, key);
  }

  private List<Payment> paymentsOf(Invoice paid) {
    return market
        .motorhub
        .billing()
        .viewPayments()
        .search(market.staff, Optional.empty(), Optional.of(paid.id()), PageRequest.first(100))
        .items();
  }

  @Test
  void twentyRetriesAtOnce_payOnce_andEachIsAnsweredWithThatPayment() throws Exception {
    // Races are rare in memory, where units of work run one at a time: try it on many invoices.
    for (int round = 0; round < 50; round++) {
      Invoice owed = market.exposureInvoice(market.olive);
      String key = "burst-" + round;

      List<Payment> answered =
          payAtOnce(20, () -> market.pay(market.olive, owed, card, null, key).payment());

      // A retry that comes while the first request is charging is answered with the payment
      // still pending; every answer is that one payment.
      assertThat(answered).hasSize(20).extracting(Payment::id).containsOnly(first(answered));
      assertThat(paymentsOf(owed))
          .singleElement()
          .satisfies(p -> assertThat(p.id()).isEqualTo(first(answered)))
          .extracting(Payment::status)
          .isEqualTo(PaymentStatus.SUCCEEDED);
      assertThat(market.reread(owed)).isInstanceOf(Invoice.Paid.class);
    }
  }

  @Test
  void twentyPaymentsAtOnce_withoutKeys_neverPayMoreThanIsOwed() throws Exception {
    List<Payment> paid = new ArrayList<>();
    List<Throwable> refusals = new ArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Payment>> attempts = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(20)) {
      for (int i = 0; i < 20; i++) {
        attempts.add(
            threads.submit(
                () -> {
                  start.await();
                  return pay(market.olive, "7.00", null).payment();
                }));
      }
      start.countDown();
    }
    for (Future<Payment> attempt : attempts) {
      try {
        paid.add(attempt.get());
      } catch (ExecutionException refused) {
        refusals.add(refused.getCause());
      }
    }

    assertThat(paid).hasSize(7);
    assertThat(refusals).hasSize(13).allMatch(RuleViolated.class::isInstance);
    assertThat(market.reread(invoice).owed().plain()).isEqualTo("1.00");
  }

  private static PaymentId first(List<Payment> answered) {
    return answered.getFirst().id();
  }

  private static <T> List<T> payAtOnce(int times, Callable<T> payment) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> attempts = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(times)) {
      for (int i = 0; i < times; i++) {
        attempts.add(
            threads.submit(
                () -> {
                  start.await();
                  return payment.call();
                }));
      }
      start.countDown();
    }
    List<T> results = new ArrayList<>();
    for (Future<T> attempt : attempts) {
      results.add(attempt.get());
    }
    return results;
  }
}
