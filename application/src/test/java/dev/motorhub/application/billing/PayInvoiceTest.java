package dev.motorhub.application.billing;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestCards;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceStatus;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.billing.PaymentStatus;
import dev.motorhub.domain.customers.CardBrand;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer pays their invoice with their own card, or staff record it with the customer's. */
class PayInvoiceTest {
  private final TestTrading market = TestTrading.start();
  private Invoice invoice;
  private CreditCard olivesCard;

  @BeforeEach
  void oliveOwesTheExposureOfHerLeaseTrade() {
    invoice = market.exposureInvoice(market.olive);
    olivesCard = TestMarket.card(market.motorhub, market.olive);
  }

  private PayInvoice.Receipt pay(Principal who, CreditCard card, String amount) {
    return market.pay(who, invoice, card, amount, null);
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
  void theCustomerPaysWhatIsOwed_withTheirOwnCard() {
    market.clock.advance(Duration.ofDays(3));

    PayInvoice.Receipt receipt = pay(market.olive, olivesCard, null);

    Payment payment = receipt.payment();
    assertThat(payment.amount().plain()).isEqualTo("50.00");
    assertThat(payment.invoice()).isEqualTo(invoice.id());
    assertThat(payment.payer()).isEqualTo(market.olive.actor().id());
    assertThat(payment.recordedBy()).isEqualTo(market.olive.actor().id());
    assertThat(payment.card()).isEqualTo(olivesCard.id());
    assertThat(payment.cardBrand()).isEqualTo(CardBrand.VISA);
    assertThat(payment.cardLast4()).isEqualTo("4242");
    assertThat(payment.createdAt()).isEqualTo(market.clock.instant());
    assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(payment.settledAt()).contains(market.clock.instant());
    assertThat(payment.late()).isFalse();
    assertThat(payment.gatewayReference()).contains("card-on-file:" + payment.id());
    assertThat(payment.idempotencyKey()).isEmpty();
    assertThat(receipt.replayed()).isFalse();
    assertThat(receipt.invoice())
        .isInstanceOfSatisfying(
            Invoice.Paid.class, paid -> assertThat(paid.paidAt()).isEqualTo(payment.createdAt()));
    assertThat(market.reread(invoice).status(market.today())).isEqualTo(InvoiceStatus.PAID);
    assertThat(payments()).containsExactly(payment);
  }

  @Test
  void staffRecordAPayment_withTheBilledCustomersCard() {
    PayInvoice.Receipt receipt = pay(market.staff, olivesCard, "20.00");

    assertThat(receipt.payment().payer()).isEqualTo(market.olive.actor().id());
    assertThat(receipt.payment().recordedBy()).isEqualTo(market.staff.actor().id());
    assertThat(receipt.invoice().owed().plain()).isEqualTo("30.00");
  }

  @Test
  void aCardIsGoodThroughTheLastDayOfItsMonth() {
    CreditCard expiring = market.card(market.olive, TestCards.MASTERCARD, "03/25");
    market.clock.advance(Duration.ofDays(21)); // 2025-03-31

    assertThat(pay(market.olive, expiring, null).invoice()).isInstanceOf(Invoice.Paid.class);
  }

  @Test
  void partPaymentsAddUp_untilTheInvoiceIsPaid_andNothingMoreCanBePaid() {
    PayInvoice.Receipt first = pay(market.olive, olivesCard, "20");
    PayInvoice.Receipt second = pay(market.staff, olivesCard, "25.50");
    PayInvoice.Receipt last = pay(market.olive, olivesCard, null);

    assertThat(first.invoice()).isInstanceOf(Invoice.Open.class);
    assertThat(first.invoice().paid().plain()).isEqualTo("20.00");
    assertThat(second.invoice().owed().plain()).isEqualTo("4.50");
    assertThat(last.payment().amount().plain()).isEqualTo("4.50");
    assertThat(last.invoice()).isInstanceOf(Invoice.Paid.class);
    assertThat(refused(RuleViolated.class, () -> pay(market.olive, olivesCard, null)))
        .hasMessage("This invoice is paid.");
    refused(RuleViolated.class, () -> pay(market.olive, olivesCard, "0.01"));
    assertThat(payments()).hasSize(3);
  }

  @Test
  void afterTheDueDate_theInvoiceIsOverdue_andAPaymentIsAcceptedAndMarkedLate() {
    market.clock.advance(Duration.ofDays(30));
    assertThat(market.reread(invoice).status(market.today())).isEqualTo(InvoiceStatus.OPEN);
    PayInvoice.Receipt onTheDay = pay(market.olive, olivesCard, "10.00");
    market.clock.advance(Duration.ofDays(1));
    assertThat(market.reread(invoice).status(market.today())).isEqualTo(InvoiceStatus.OVERDUE);

    PayInvoice.Receipt late = pay(market.olive, olivesCard, null);

    assertThat(onTheDay.payment().late()).isFalse();
    assertThat(late.payment().late()).isTrue();
    assertThat(late.invoice().status(market.today())).isEqualTo(InvoiceStatus.PAID);
  }
}
