package dev.motorhub.application.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.billing.InvoiceStatus;
import dev.motorhub.domain.marketplace.InvoicingPolicy;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import org.junit.jupiter.api.Test;

/** The marketplace invoices the owner: a lease on its first proposal, any other kind on a deal. */
class InvoicingTest {
  private final TestTrading market = TestTrading.start();

  @Test
  void theFirstProposalOnALeaseTrade_invoicesTheOwnerTheServiceFee() {
    Trade.Open trade = market.trade(market.olive, market.lease);

    market.offer(market.olive, trade, "12000.00");

    Invoice invoice = market.invoicesOf(market.olive).getFirst();
    assertThat(invoice).isInstanceOf(Invoice.Open.class);
    assertThat(invoice.bill().customer()).isEqualTo(market.olive.actor().id());
    assertThat(invoice.bill().source().kind()).isEqualTo(InvoicingPolicy.LEASE_EXPOSURE);
    assertThat(invoice.bill().source().reference()).isEqualTo(trade.id().value());
    assertThat(invoice.bill().lines())
        .extracting(InvoiceLine::description, InvoiceLine::quantity, l -> l.unitPrice().plain())
        .containsExactly(tuple("Listing fee (lease): Lease listing", 1, "50.00"));
    assertThat(invoice.bill().total().plain()).isEqualTo("50.00");
    assertThat(invoice.bill().total().currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(invoice.bill().number().value()).isEqualTo("INV-2025-000001");
    assertThat(invoice.bill().issuedOn()).isEqualTo(market.today());
    assertThat(invoice.bill().dueOn()).isEqualTo(market.today().plusDays(30));
    assertThat(invoice.paid().plain()).isEqualTo("0.00");
    assertThat(invoice.owed().plain()).isEqualTo("50.00");
    assertThat(invoice.status(market.today())).isEqualTo(InvoiceStatus.OPEN);
  }

  @Test
  void aLeaseTradeIsInvoicedOnce_whateverFollowsTheFirstProposal() {
    Trade.Open trade = market.trade(market.olive, market.lease);
    Proposal.Pending offer = market.offer(market.olive, trade, "12000.00");
    market.offer(market.olive, trade, "12500.00");
    Proposal.Pending brunos = market.counter(market.bruno, offer, "11000.00");
    market.counter(market.olive, brunos, "11500.00");
    market.withdraw(market.olive, offer);
    Proposal.Pending carlas =
        market.counter(market.carla, market.offer(market.olive, trade, "11800.00"), "11700.00");

    market.accept(market.olive, carlas);

    assertThat(market.invoicesOf(market.olive)).singleElement();
    assertThat(market.invoicesOf(market.bruno)).isEmpty();
    assertThat(market.invoicesOf(market.carla)).isEmpty();
  }

  @Test
  void aSale_isInvoicedOnTheDealOnly() {
    Trade.Open trade = market.trade(market.olive, market.sale);
    Proposal.Pending offer = market.offer(market.olive, trade, "9000.00");
    Proposal.Pending brunos = market.counter(market.bruno, offer, "8500.00");
    market.counter(market.olive, brunos, "8800.00");
    assertThat(market.invoicesOf(market.olive)).isEmpty();

    market.accept(market.carla, offer);

    Invoice invoice = market.invoicesOf(market.olive).getFirst();
    assertThat(market.invoicesOf(market.olive)).hasSize(1);
    assertThat(invoice.bill().source().kind()).isEqualTo(InvoicingPolicy.TRADE_DEAL);
    assertThat(invoice.bill().source().reference()).isEqualTo(trade.id().value());
    assertThat(invoice.bill().total().plain()).isEqualTo("120.00");
    assertThat(invoice.bill().lines().getFirst().description())
        .isEqualTo("Deal fee (sell): Sale listing");
    assertThat(market.invoicesOf(market.carla)).isEmpty();
  }

  @Test
  void anotherKindOfService_isInvoicedAsASaleIs() {
    ServiceOffering rent =
        TestMarket.service(market.motorhub, market.staff, "rent", "Rentals", "30");
    Trade.Open trade = market.trade(market.olive, rent);
    Proposal.Pending offer = market.offer(market.olive, trade, "7000.00");
    assertThat(market.invoicesOf(market.olive)).isEmpty();

    market.accept(market.olive, market.counter(market.bruno, offer, "6500.00"));

    assertThat(market.invoicesOf(market.olive))
        .singleElement()
        .satisfies(
            invoice -> {
              assertThat(invoice.bill().source().kind()).isEqualTo(InvoicingPolicy.TRADE_DEAL);
              assertThat(invoice.bill().total().plain()).isEqualTo("30.00");
            });
  }

  @Test
  void aCancelledSale_isNotInvoiced() {
    Trade.Open trade = market.trade(market.olive, market.sale);
    market.offer(market.olive, trade, "9000.00");

    market.cancel(market.olive, trade);

    assertThat(market.invoicesOf(market.olive)).isEmpty();
  }

  @Test
  void freeServices_areNeverInvoiced() {
    ServiceOffering freeLease =
        TestMarket.service(market.motorhub, market.staff, "lease", "Free lease", "0");
    ServiceOffering freeSale =
        TestMarket.service(market.motorhub, market.staff, "sell", "Free sale", "0.00");

    market.offer(market.olive, market.trade(market.olive, freeLease), "12000.00");
    market.accept(
        market.bruno, market.offer(market.olive, market.trade(market.olive, freeSale), "9000.00"));

    assertThat(market.invoicesOf(market.olive)).isEmpty();
  }
}
