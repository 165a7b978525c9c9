package dev.motorhub.application.billing;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.InvoiceStatus;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff void an open invoice on which nothing was paid, saying why. */
class VoidInvoiceTest {
  private final TestTrading market = TestTrading.start();
  private Invoice invoice;
  private CreditCard card;

  @BeforeEach
  void oliveOwesTheExposureOfHerLeaseTrade() {
    invoice = market.exposureInvoice(market.olive);
    card = TestMarket.card(market.motorhub, market.olive);
  }

  private Invoice voidIt(Principal who, String reason) {
    return market
        .motorhub
        .billing()
        .voidInvoice()
        .voidInvoice(new VoidInvoice.Command(who, invoice.id(), reason));
  }

  @Test
  void staffVoidAnOpenInvoice_andNothingIsOwedOnIt() {
    market.clock.advance(Duration.ofHours(2));

    Invoice voided = voidIt(market.staff, "Listed by mistake");

    assertThat(voided)
        .isInstanceOfSatisfying(
            Invoice.Void.class,
            v -> {
              assertThat(v.reason()).isEqualTo("Listed by mistake");
              assertThat(v.voidedBy()).isEqualTo(market.staff.actor().id());
              assertThat(v.voidedAt()).isEqualTo(market.clock.instant());
            });
    assertThat(voided.owed().plain()).isEqualTo("0.00");
    assertThat(market.reread(invoice).status(market.today())).isEqualTo(InvoiceStatus.VOID);
    assertThat(market.invoicesOf(market.olive)).containsExactly(market.reread(invoice));
  }

  @Test
  void anOverdueInvoice_mayBeVoided() {
    market.clock.advance(Duration.ofDays(45));

    assertThat(voidIt(market.staff, "Waived").status(market.today())).isEqualTo(InvoiceStatus.VOID);
  }

  @Test
  void onlyStaffVoid() {
    Principal mechanic =
        TestAccounts.principal(
            market.motorhub, TestAccounts.registerMechanic(market.motorhub, "mo"));

    refused(Forbidden.class, () -> voidIt(market.olive, "I'd rather not pay"));
    refused(Forbidden.class, () -> voidIt(mechanic, "No"));
    assertThat(market.reread(invoice)).isInstanceOf(Invoice.Open.class);
  }

  @Test
  void aReasonIsRequired() {
    for (String reason : new String[] {null, "", "   "}) {
      assertThat(refused(InvalidInput.class, () -> voidIt(market.staff, reason)).errors())
          .containsOnlyKeys("reason");
    }
    assertThat(market.reread(invoice)).isInstanceOf(Invoice.Open.class);
  }

  @Test
  void anInvoiceWithSomethingPaid_cannotBeVoided() {
    market.pay(market.olive, invoice, card, "10.00", null);

    assertThat(refused(RuleViolated.class, () -> voidIt(market.staff, "Waived")))
        .hasMessageContaining("Payments were made");
    assertThat(market.reread(invoice).paid().plain()).isEqualTo("10.00");
  }

  @Test
  void aPaidOrVoidInvoice_cannotBeVoided() {
    market.pay(market.olive, invoice, card, null, null);
    assertThat(refused(RuleViolated.class, () -> voidIt(market.staff, "Waived")))
        .hasMessage("This invoice is paid.");

    invoice = market.exposureInvoice(market.olive);
    voidIt(market.staff, "Waived");
    assertThat(refused(RuleViolated.class, () -> voidIt(market.staff, "Again")))
        .hasMessage("This invoice is void.");
  }

  @Test
  void aVoidInvoice_takesNoPayment() {
    voidIt(market.staff, "Waived");

    assertThat(
            refused(RuleViolated.class, () -> market.pay(market.olive, invoice, card, null, null)))
        .hasMessage("This invoice is void.");
    refused(RuleViolated.class, () -> market.pay(market.staff, invoice, card, "1.00", null));
  }

  @Test
  void anUnknownInvoice_isNotFound() {
    refused(
        NotFound.class,
        () ->
            market
                .motorhub
                .billing()
                .voidInvoice()
                .voidInvoice(
                    new VoidInvoice.Command(
                        market.staff, new InvoiceId(UUID.randomUUID()), "Waived")));
  }
}
