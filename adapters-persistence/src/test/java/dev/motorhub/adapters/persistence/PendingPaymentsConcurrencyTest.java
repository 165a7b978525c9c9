package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.billing.PaymentSettings;
import dev.motorhub.application.billing.ResolvePendingPayments;
import dev.motorhub.application.contract.Rivals;
import dev.motorhub.application.support.FakePaymentGateway;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.PaymentStatus;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pending payments' races on a real PostgreSQL: twenty payments at once whose charges time out
 * never hold more than is owed, and two instances sweeping at once settle each payment once.
 */
class PendingPaymentsConcurrencyTest {
  private static final int RIVALS = 20;
  private static final Duration CHECK_AFTER = Duration.ofSeconds(60);

  private final TestClock clock = TestClock.start();
  private final FakePaymentGateway provider = new FakePaymentGateway();
  private PostgresStore store;
  private PostgresStore otherInstancesStore;
  private TestTrading market;
  private Motorhub otherInstance;

  @BeforeEach
  void twoInstancesOnOneDatabase() {
    PostgresTestDatabase.emptyStore();
    store = PostgresStore.connect(PostgresTestDatabase.url(), RIVALS + 2);
    otherInstancesStore = PostgresStore.connect(PostgresTestDatabase.url(), 4);
    market = TestTrading.on(clock, instance(store));
    otherInstance = instance(otherInstancesStore);
  }

  private Motorhub instance(PostgresStore on) {
    return TestMotorhub.builder(on, clock)
        .paymentGateway(provider)
        .paymentSettings(new PaymentSettings(CHECK_AFTER, Duration.ofHours(1), 3))
        .build();
  }

  @AfterEach
  void close() {
    store.close();
    otherInstancesStore.close();
  }

  @Test
  void twentyPaymentsAtOnce_whoseChargesTimeOut_neverHoldMoreThanIsOwed() throws Exception {
    provider.timesOut();
    Invoice invoice = market.exposureInvoice(market.olive);
    CreditCard card = TestMarket.card(market.motorhub, market.olive);

    List<Boolean> held = Rivals.race(RIVALS, i -> () -> held(invoice, card, "15.00"));

    assertThat(held).filteredOn(h -> h).hasSize(3);
    Invoice.Open after = (Invoice.Open) market.reread(invoice);
    assertThat(after.pending().plain()).isEqualTo("45.00");
    assertThat(after.paid().plain()).isEqualTo("0.00");
    assertThat(provider.charged()).hasSize(3).doesNotHaveDuplicates();
    provider.charged().forEach(provider::completes);
    clock.advance(CHECK_AFTER);
    assertThat(sweep(market.motorhub).succeeded()).isEqualTo(3);
    assertThat(market.reread(invoice).paid().plain()).isEqualTo("45.00");
  }

  @Test
  void twoSweepsAtOnce_settleEachPaymentOnce() throws Exception {
    provider.timesOut();
    Invoice invoice = market.exposureInvoice(market.olive);
    CreditCard card = TestMarket.card(market.motorhub, market.olive);
    for (int i = 0; i < RIVALS; i++) {
      market.pay(market.olive, invoice, card, "2.50", null);
    }
    provider.charged().forEach(provider::completes);
    clock.advance(CHECK_AFTER);
    List<Motorhub> instances = List.of(market.motorhub, otherInstance);

    List<ResolvePendingPayments.Summary> runs =
        Rivals.race(4, i -> () -> sweep(instances.get(i % 2)));

    assertThat(runs.stream().mapToInt(ResolvePendingPayments.Summary::checked).sum())
        .isEqualTo(RIVALS);
    assertThat(runs.stream().mapToInt(ResolvePendingPayments.Summary::succeeded).sum())
        .isEqualTo(RIVALS);
    assertThat(market.paymentsOf(invoice))
        .hasSize(RIVALS)
        .allMatch(p -> p.status() == PaymentStatus.SUCCEEDED);
    assertThat(market.reread(invoice)).isInstanceOf(Invoice.Paid.class);
    assertThat(market.inbox(market.olive))
        .filteredOn(n -> n.kind() == NotificationKind.PAYMENT_SUCCEEDED)
        .hasSize(RIVALS);
  }

  private boolean held(Invoice invoice, CreditCard card, String amount) {
    try {
      return market.pay(market.olive, invoice, card, amount, null).pending();
    } catch (RuleViolated nothingMoreToHold) {
      return false;
    }
  }

  private static ResolvePendingPayments.Summary sweep(Motorhub instance) {
    return instance.billing().resolvePendingPayments().resolve();
  }
}
