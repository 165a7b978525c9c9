package dev.motorhub.application.billing;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestCards;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a payment is refused for; a refused payment pays nothing. */
class RefusedPaymentsTest {
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

  private void nothingWasPaid() {
    assertThat(payments()).isEmpty();
    assertThat(market.reread(invoice).owed().plain()).isEqualTo("50.00");
  }

  @Test
  void anotherCustomersCard_isNotFound() {
    CreditCard brunos = TestMarket.card(market.motorhub, market.bruno);

    assertThat(refused(NotFound.class, () -> pay(market.olive, brunos, null)))
        .hasMessage("Card not found.");
    nothingWasPaid();
  }

  @Test
  void anotherCustomersInvoice_isNotFound_evenWithTheirCard() {
    CreditCard brunos = TestMarket.card(market.motorhub, market.bruno);

    assertThat(refused(NotFound.class, () -> pay(market.bruno, brunos, null)))
        .hasMessage("Invoice not found.");
    refused(NotFound.class, () -> pay(market.bruno, olivesCard, null));
    nothingWasPaid();
  }

  @Test
  void staffPayingWithACardNotOfTheBilledCustomer_isRefused() {
    CreditCard brunos = TestMarket.card(market.motorhub, market.bruno);

    assertThat(refused(RuleViolated.class, () -> pay(market.staff, brunos, null)))
        .hasMessage("Pay with a card on the billed customer's file.");
    nothingWasPaid();
  }

  @Test
  void anExpiredCard_isRefused() {
    CreditCard expiring = market.card(market.olive, TestCards.MASTERCARD, "03/25");
    market.clock.advance(Duration.ofDays(61));

    assertThat(refused(RuleViolated.class, () -> pay(market.olive, expiring, null)))
        .hasMessage("This card expired at the end of 03/2025.");
    nothingWasPaid();
  }

  @Test
  void anAmountThatIsNotPositive_orNoAmountOfMoney_isInvalid() {
    for (String amount : List.of("0", "-5.00", "ten", "1.001", "1e40")) {
      assertThat(refused(InvalidInput.class, () -> pay(market.olive, olivesCard, amount)).errors())
          .as(amount)
          .containsOnlyKeys("amount");
    }
    nothingWasPaid();
  }

  @Test
  void moreThanIsOwed_isRefused() {
    assertThat(refused(RuleViolated.class, () -> pay(market.olive, olivesCard, "50.01")))
        .hasMessage("Only 50.00 is owed on this invoice.");
    pay(market.olive, olivesCard, "45.00");
    assertThat(refused(RuleViolated.class, () -> pay(market.olive, olivesCard, "5.01")))
        .hasMessage("Only 5.00 is owed on this invoice.");
    assertThat(market.reread(invoice).owed().plain()).isEqualTo("5.00");
  }

  @Test
  void aMechanic_findsNoInvoiceToPay() {
    Principal mechanic =
        TestAccounts.principal(
            market.motorhub, TestAccounts.registerMechanic(market.motorhub, "mo"));

    refused(NotFound.class, () -> pay(mechanic, olivesCard, null));
    nothingWasPaid();
  }

  @Test
  void anUnknownInvoiceOrCard_isNotFound() {
    refused(
        NotFound.class,
        () ->
            market
                .motorhub
                .billing()
                .payInvoice()
                .pay(
                    new PayInvoice.Command(
                        market.olive,
                        new InvoiceId(UUID.randomUUID()),
                        olivesCard.id(),
                        null,
                        null)));
    refused(
        NotFound.class,
        () ->
            market
                .motorhub
                .billing()
                .payInvoice()
                .pay(
                    new PayInvoice.Command(
                        market.olive, invoice.id(), new CardId(UUID.randomUUID()), null, null)));
    nothingWasPaid();
  }
}
