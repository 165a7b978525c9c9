package dev.motorhub.application.billing;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestCards;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same Idempotency-Key from the same recorder pays once and answers every retry alike. */
class IdempotentPaymentTest {
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

  private List<Payment> payments() {
    return market
        .motorhub
        .billing()
        .viewPayments()
        .search(market.staff, Optional.empty(), Optional.of(invoice.id()), PageRequest.first(100))
        .items();
  }

  @Test
  void theSameKeyTwice_paysOnce_andTheRetryIsAnsweredWithTheFirstPayment() {
    PayInvoice.Receipt first = pay(market.olive, null, "key-1");
    PayInvoice.Receipt retry = pay(market.olive, null, "key-1");

    assertThat(first.replayed()).isFalse();
    assertThat(retry.replayed()).isTrue();
    assertThat(retry.payment()).isEqualTo(first.payment());
    assertThat(retry.invoice()).isInstanceOf(Invoice.Paid.class);
    assertThat(first.payment().idempotencyKey().orElseThrow().key()).isEqualTo("key-1");
    assertThat(payments()).containsExactly(first.payment());
    assertThat(market.reread(invoice).paid().plain()).isEqualTo("50.00");
  }

  @Test
  void aRetryOfAPartPayment_paysNothingMore() {
    PayInvoice.Receipt first = pay(market.olive, "20.00", "part-1");
    PayInvoice.Receipt retry = pay(market.olive, "20", "part-1");

    assertThat(retry.replayed()).isTrue();
    assertThat(retry.payment().id()).isEqualTo(first.payment().id());
    assertThat(market.reread(invoice).owed().plain()).isEqualTo("30.00");
    assertThat(payments()).hasSize(1);
  }

  @Test
  void theSameKey_withAnotherAmountCardOrInvoice_isRefused() {
    pay(market.olive, "20.00", "key-1");
    CreditCard other = market.card(market.olive, TestCards.MASTERCARD, "12/29");
    Invoice second = market.exposureInvoice(market.olive);

    assertThat(refused(RuleViolated.class, () -> pay(market.olive, "25.00", "key-1")))
        .hasMessageContaining("used for another payment request");
    refused(RuleViolated.class, () -> pay(market.olive, null, "key-1"));
    refused(RuleViolated.class, () -> market.pay(market.olive, invoice, other, "20.00", "key-1"));
    refused(RuleViolated.class, () -> market.pay(market.olive, second, card, "20.00", "key-1"));
    assertThat(payments()).hasSize(1);
    assertThat(market.reread(second).paid().plain()).isEqualTo("0.00");
  }

  @Test
  void differentRecorders_mayUseTheSameKey() {
    PayInvoice.Receipt olives = pay(market.olive, "20.00", "shared-key");
    PayInvoice.Receipt staffs = pay(market.staff, "20.00", "shared-key");

    assertThat(staffs.replayed()).isFalse();
    assertThat(staffs.payment().id()).isNotEqualTo(olives.payment().id());
    assertThat(staffs.payment().recordedBy()).isEqualTo(market.staff.actor().id());
    assertThat(market.reread(invoice).owed().plain()).isEqualTo("10.00");
  }

  @Test
  void aRefusedPayment_doesNotUseUpItsKey() {
    refused(RuleViolated.class, () -> pay(market.olive, "99.00", "key-1"));

    PayInvoice.Receipt receipt = pay(market.olive, "50.00", "key-1");

    assertThat(receipt.replayed()).isFalse();
    assertThat(receipt.invoice()).isInstanceOf(Invoice.Paid.class);
  }

  @Test
  void aMalformedKey_isInvalid() {
    for (String key : List.of("", "has space", "x".repeat(256), "naïve")) {
      assertThat(refused(InvalidInput.class, () -> pay(market.olive, null, key)).errors())
          .containsOnlyKeys("Idempotency-Key");
    }
    assertThat(payments()).isEmpty();
  }
}
