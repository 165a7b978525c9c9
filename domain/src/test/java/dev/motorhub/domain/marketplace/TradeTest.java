package dev.motorhub.domain.marketplace;

import static dev.motorhub.domain.marketplace.TestTrades.BUYER;
import static dev.motorhub.domain.marketplace.TestTrades.BUYERS_COUNTER;
import static dev.motorhub.domain.marketplace.TestTrades.LEASE_SERVICE;
import static dev.motorhub.domain.marketplace.TestTrades.NOW;
import static dev.motorhub.domain.marketplace.TestTrades.OPENED_AT;
import static dev.motorhub.domain.marketplace.TestTrades.OWNER;
import static dev.motorhub.domain.marketplace.TestTrades.OWNERS_COUNTER;
import static dev.motorhub.domain.marketplace.TestTrades.OWNERS_OFFER;
import static dev.motorhub.domain.marketplace.TestTrades.TRADE;
import static dev.motorhub.domain.marketplace.TestTrades.TTL;
import static dev.motorhub.domain.marketplace.TestTrades.VEHICLE;
import static dev.motorhub.domain.marketplace.TestTrades.buyersCounter;
import static dev.motorhub.domain.marketplace.TestTrades.openLeaseTrade;
import static dev.motorhub.domain.marketplace.TestTrades.othersCounter;
import static dev.motorhub.domain.marketplace.TestTrades.ownersCounter;
import static dev.motorhub.domain.marketplace.TestTrades.ownersOffer;
import static dev.motorhub.domain.marketplace.TestTrades.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.RuleViolated;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeTest {
  private static final Instant LATER = NOW.plusSeconds(3600);

  @Test
  void aNewTrade_isOpenAtVersionZero() {
    Trade.Open trade = openLeaseTrade();
    assertThat(trade.status()).isEqualTo("open");
    assertThat(trade.version()).isZero();
    assertThat(trade.id()).isEqualTo(TRADE);
    assertThat(trade.vehicle()).isEqualTo(VEHICLE);
    assertThat(trade.owner()).isEqualTo(OWNER);
    assertThat(trade.service()).isEqualTo(LEASE_SERVICE);
    assertThat(trade.openedAt()).isEqualTo(OPENED_AT);
  }

  @Test
  void anOpenTrade_needsAllItsParts() {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Trade.open(null, VEHICLE, OWNER, LEASE_SERVICE, OPENED_AT));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Trade.open(TRADE, null, OWNER, LEASE_SERVICE, OPENED_AT));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Trade.open(TRADE, VEHICLE, null, LEASE_SERVICE, OPENED_AT));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Trade.open(TRADE, VEHICLE, OWNER, null, OPENED_AT));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Trade.open(TRADE, VEHICLE, OWNER, LEASE_SERVICE, null));
  }

  @Test
  void acceptingTheOwnersOffer_closesTheTradeWithTheAcceptorAsBuyer() {
    Trade.Open trade = openLeaseTrade();
    Proposal.Pending offer = ownersOffer(trade);

    Trade.Acceptance acceptance =
        trade.accept(offer, BUYER, ServiceKind.LEASE, List.of(offer), LATER);

    Trade.Closed closed = acceptance.trade();
    assertThat(closed.status()).isEqualTo("closed");
    assertThat(closed.buyer()).isEqualTo(BUYER);
    assertThat(closed.acceptedProposal()).isEqualTo(OWNERS_OFFER);
    assertThat(closed.closedAt()).isEqualTo(LATER);
    assertThat(closed.id()).isEqualTo(trade.id());
    assertThat(closed.vehicle()).isEqualTo(trade.vehicle());
    assertThat(closed.owner()).isEqualTo(OWNER);
    assertThat(closed.service()).isEqualTo(trade.service());
    assertThat(closed.openedAt()).isEqualTo(trade.openedAt());
    assertThat(closed.version()).isEqualTo(trade.version());
    assertThat(acceptance.accepted()).isEqualTo(new Proposal.Accepted(offer.offer(), BUYER, LATER));
    assertThat(acceptance.closed()).as("the accepted one is not closed").isEmpty();
  }

  @Test
  void acceptingABuyersCounter_makesItsAuthorTheBuyer() {
    Trade.Open trade = openLeaseTrade();
    Proposal.Pending counter = buyersCounter(trade);
    Trade.Acceptance acceptance =
        trade.accept(counter, OWNER, ServiceKind.LEASE, List.of(counter), LATER);
    assertThat(acceptance.trade().buyer()).isEqualTo(BUYER);
    assertThat(acceptance.trade().acceptedProposal()).isEqualTo(BUYERS_COUNTER);
    assertThat(acceptance.accepted().acceptedBy()).isEqualTo(OWNER);
  }

  @Test
  void aBuyerAcceptingTheOwnersCounter_becomesTheBuyer() {
    Trade.Open trade = openLeaseTrade();
    Proposal.Pending counter = ownersCounter(trade);
    Trade.Acceptance acceptance =
        trade.accept(counter, BUYER, ServiceKind.LEASE, List.of(counter), LATER);
    assertThat(acceptance.trade().buyer()).isEqualTo(BUYER);
    assertThat(acceptance.trade().acceptedProposal()).isEqualTo(OWNERS_COUNTER);
  }

  @Test
  void accepting_closesEveryOtherPendingProposalWithAReasonAndLeavesEndedOnesAlone() {
    Trade.Open trade = openLeaseTrade();
    Proposal.Pending offer = ownersOffer(trade);
    Proposal.Pending buyers = buyersCounter(trade);
    Proposal.Pending secondOffer =
        Proposal.Pending.offer(TestTrades.proposalId(8), trade, OWNER, terms(), "", NOW, TTL);
    Proposal withdrawn =
        Proposal.Pending.offer(TestTrades.proposalId(7), trade, OWNER, terms(), "", NOW, TTL)
            .withdraw(OWNER, NOW.plusSeconds(90));
    Proposal declined = othersCounter(trade).decline(OWNER, trade, NOW.plusSeconds(90));

    Trade.Acceptance acceptance =
        trade.accept(
            buyers,
            OWNER,
            ServiceKind.LEASE,
            List.of(offer, buyers, withdrawn, declined, secondOffer),
            LATER);

    assertThat(acceptance.closed())
        .extracting(Proposal::id)
        .containsExactly(OWNERS_OFFER, TestTrades.proposalId(8));
    assertThat(acceptance.closed())
        .allSatisfy(
            closed -> {
              assertThat(closed.reason()).isEqualTo(Trade.ANOTHER_ACCEPTED);
              assertThat(closed.closedAt()).isEqualTo(LATER);
            });
    assertThat(acceptance.closed().getFirst().offer()).isEqualTo(offer.offer());
  }

  @Test
  void nobodyAcceptsTheirOwnProposal_soTheTradeStaysOpen() {
    Trade.Open trade = openLeaseTrade();
    Proposal.Pending offer = ownersOffer(trade);
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> trade.accept(offer, OWNER, ServiceKind.LEASE, List.of(offer), LATER))
        .withMessage("You cannot accept your own proposal.");
    assertThat(trade.status()).isEqualTo("open");
  }

  @Test
  void anExpiredProposal_cannotCloseTheTrade() {
    Trade.Open trade = openLeaseTrade();
    Proposal.Pending offer = ownersOffer(trade);
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(
            () -> trade.accept(offer, BUYER, ServiceKind.LEASE, List.of(offer), NOW.plus(TTL)));
  }

  @Test
  void aProposalOfAnotherTrade_isRefused() {
    Trade.Open trade = openLeaseTrade();
    Trade.Open elsewhere =
        Trade.open(TestTrades.OTHER_TRADE, VEHICLE, OWNER, LEASE_SERVICE, OPENED_AT);
    Proposal.Pending foreign = ownersOffer(elsewhere);
    Proposal.Pending offer = ownersOffer(trade);

    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> trade.accept(foreign, BUYER, ServiceKind.LEASE, List.of(), LATER));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(
            () -> trade.accept(offer, BUYER, ServiceKind.LEASE, List.of(offer, foreign), LATER));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> trade.cancel(List.of(foreign), LATER));
  }

  @Test
  void cancelling_takesTheTradeOffTheMarketAndClosesEveryPendingProposal() {
    Trade.Open trade = openLeaseTrade();
    Proposal.Pending offer = ownersOffer(trade);
    Proposal.Pending buyers = buyersCounter(trade);
    Proposal declined = othersCounter(trade).decline(OWNER, trade, NOW.plusSeconds(90));

    Trade.Cancellation cancellation = trade.cancel(List.of(offer, buyers, declined), LATER);

    Trade.Cancelled cancelled = cancellation.trade();
    assertThat(cancelled.status()).isEqualTo("cancelled");
    assertThat(cancelled.cancelledAt()).isEqualTo(LATER);
    assertThat(cancelled.id()).isEqualTo(trade.id());
    assertThat(cancelled.owner()).isEqualTo(OWNER);
    assertThat(cancelled.vehicle()).isEqualTo(VEHICLE);
    assertThat(cancelled.service()).isEqualTo(LEASE_SERVICE);
    assertThat(cancelled.openedAt()).isEqualTo(OPENED_AT);
    assertThat(cancelled.version()).isEqualTo(trade.version());
    assertThat(cancellation.closed())
        .extracting(Proposal::id)
        .containsExactly(OWNERS_OFFER, BUYERS_COUNTER);
    assertThat(cancellation.closed())
        .allSatisfy(
            closed -> {
              assertThat(closed.reason()).isEqualTo(Trade.CANCELLED);
              assertThat(closed.closedAt()).isEqualTo(LATER);
            });
  }

  @Test
  void cancellingATradeWithoutProposals_closesNothing() {
    assertThat(openLeaseTrade().cancel(List.of(), LATER).closed()).isEmpty();
  }
}
