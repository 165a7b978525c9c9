package dev.motorhub.domain.marketplace;

import static dev.motorhub.domain.marketplace.TestTrades.BUYER;
import static dev.motorhub.domain.marketplace.TestTrades.NOW;
import static dev.motorhub.domain.marketplace.TestTrades.OWNER;
import static dev.motorhub.domain.marketplace.TestTrades.SELL_SERVICE;
import static dev.motorhub.domain.marketplace.TestTrades.TRADE;
import static dev.motorhub.domain.marketplace.TestTrades.leaseService;
import static dev.motorhub.domain.marketplace.TestTrades.openLeaseTrade;
import static dev.motorhub.domain.marketplace.TestTrades.openSellTrade;
import static dev.motorhub.domain.marketplace.TestTrades.ownersOffer;
import static dev.motorhub.domain.marketplace.TestTrades.sellService;
import static dev.motorhub.domain.marketplace.TestTrades.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.billing.InvoiceDraft;
import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.billing.InvoiceSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoicingPolicyTest {
  private final InvoicingPolicy policy = new InvoicingPolicy();

  private static Trade.Closed closed(Trade.Open trade) {
    Proposal.Pending offer = ownersOffer(trade);
    return trade
        .accept(offer, BUYER, TestTrades.kindOf(trade), List.of(offer), NOW.plusSeconds(60))
        .trade();
  }

  @Test
  void firstProposalOnLeaseTrade_issuesExposureInvoiceOnce() {
    Trade.Open trade = openLeaseTrade();

    InvoiceDraft draft = policy.onProposalSubmitted(trade, leaseService(), true).orElseThrow();

    assertThat(draft.customer()).isEqualTo(OWNER);
    assertThat(draft.source())
        .isEqualTo(new InvoiceSource(InvoicingPolicy.LEASE_EXPOSURE, TRADE.value()));
    assertThat(draft.lines())
        .containsExactly(new InvoiceLine("Listing fee (lease): Standard lease", 1, usd("50.00")));
    assertThat(policy.onProposalSubmitted(trade, leaseService(), false))
        .as("later proposals on the trade")
        .isEmpty();
  }

  @Test
  void acceptingAProposalOnALeaseTrade_issuesNothingMore() {
    assertThat(policy.onProposalAccepted(closed(openLeaseTrade()), leaseService())).isEmpty();
  }

  @Test
  void proposalsOnASellTrade_areNotInvoiced() {
    assertThat(policy.onProposalSubmitted(openSellTrade(), sellService(), true)).isEmpty();
    assertThat(policy.onProposalSubmitted(openSellTrade(), sellService(), false)).isEmpty();
  }

  @Test
  void acceptingAProposalOnASellTrade_invoicesTheOwnerTheDealFee() {
    Trade.Closed trade = closed(openSellTrade());

    InvoiceDraft draft = policy.onProposalAccepted(trade, sellService()).orElseThrow();

    assertThat(draft.customer()).as("the owner, not the buyer").isEqualTo(OWNER);
    assertThat(draft.source())
        .isEqualTo(new InvoiceSource(InvoicingPolicy.TRADE_DEAL, TRADE.value()));
    assertThat(draft.lines())
        .containsExactly(new InvoiceLine("Deal fee (sell): Standard sale", 1, usd("120.00")));
  }

  @Test
  void anotherKindOfService_isInvoicedOnAcceptanceAsASaleIs() {
    ServiceOffering rent =
        TestTrades.service(SELL_SERVICE, new ServiceKind("rent"), "Weekend rental", usd("15.00"));
    Trade.Open trade = openSellTrade();

    assertThat(policy.onProposalSubmitted(trade, rent, true)).isEmpty();
    InvoiceDraft draft = policy.onProposalAccepted(closed(trade), rent).orElseThrow();
    assertThat(draft.customer()).isEqualTo(OWNER);
    assertThat(draft.source().kind()).isEqualTo(InvoicingPolicy.TRADE_DEAL);
    assertThat(draft.lines())
        .containsExactly(new InvoiceLine("Deal fee (rent): Weekend rental", 1, usd("15.00")));
  }

  @Test
  void aFreeService_isNeverInvoiced() {
    ServiceOffering freeLease = leaseService().revise("Free lease", usd("0"), "", true, NOW);
    ServiceOffering freeSale = sellService().revise("Free sale", usd("0"), "", true, NOW);

    assertThat(policy.onProposalSubmitted(openLeaseTrade(), freeLease, true)).isEmpty();
    assertThat(policy.onProposalAccepted(closed(openSellTrade()), freeSale)).isEmpty();
  }

  @Test
  void theTradesOwnService_isRequired() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> policy.onProposalSubmitted(openSellTrade(), leaseService(), true));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> policy.onProposalAccepted(closed(openLeaseTrade()), sellService()));
  }
}
