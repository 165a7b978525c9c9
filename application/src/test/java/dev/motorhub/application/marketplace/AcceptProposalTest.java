package dev.motorhub.application.marketplace;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A deal: accepting a proposal closes the trade and every other pending proposal on it. */
class AcceptProposalTest {
  private final TestTrading market = TestTrading.start();
  private Trade.Open trade;
  private Proposal.Pending offer;

  @BeforeEach
  void oliveOffersHerCarForSale() {
    trade = market.trade(market.olive, market.sale);
    offer = market.offer(market.olive, trade, "9000.00");
  }

  @Test
  void aBuyerTakesTheOwnersOffer_andTheTradeClosesWithThem() {
    market.clock.advance(Duration.ofHours(3));

    Trade.Acceptance deal = market.accept(market.bruno, offer);

    assertThat(deal.trade().buyer()).isEqualTo(market.bruno.actor().id());
    assertThat(deal.trade().acceptedProposal()).isEqualTo(offer.id());
    assertThat(deal.trade().closedAt()).isEqualTo(market.clock.instant());
    assertThat(deal.accepted().acceptedBy()).isEqualTo(market.bruno.actor().id());
    assertThat(deal.accepted().acceptedAt()).isEqualTo(market.clock.instant());
    assertThat(market.reread(trade)).isInstanceOf(Trade.Closed.class);
    assertThat(market.reread(offer)).isInstanceOf(Proposal.Accepted.class);
  }

  @Test
  void theOwnerTakesABuyersCounter_andThatBuyerHasTheDeal() {
    Proposal.Pending brunos = market.counter(market.bruno, offer, "8500.00");

    Trade.Acceptance deal = market.accept(market.olive, brunos);

    assertThat(deal.trade().buyer()).isEqualTo(market.bruno.actor().id());
    assertThat(deal.accepted().id()).isEqualTo(brunos.id());
  }

  @Test
  void aBuyerTakesTheOwnersCounterToThem() {
    Proposal.Pending olives =
        market.counter(market.olive, market.counter(market.carla, offer, "8000.00"), "8700.00");

    assertThat(market.accept(market.carla, olives).trade().buyer())
        .isEqualTo(market.carla.actor().id());
  }

  @Test
  void everyOtherPendingProposal_closesWithTheReason_andTheRestKeepTheirState() {
    Proposal.Pending second = market.offer(market.olive, trade, "9500.00");
    Proposal.Pending brunos = market.counter(market.bruno, offer, "8500.00");
    Proposal.Pending carlas = market.counter(market.carla, offer, "8000.00");
    Proposal.Pending carlasToSecond = market.counter(market.carla, second, "9100.00");
    market.decline(market.olive, carlas);

    Trade.Acceptance deal = market.accept(market.olive, brunos);

    assertThat(deal.closed())
        .extracting(Proposal::id)
        .containsExactly(offer.id(), second.id(), carlasToSecond.id());
    assertThat(deal.closed())
        .allSatisfy(closed -> assertThat(closed.reason()).isEqualTo(Trade.ANOTHER_ACCEPTED));
    assertThat(market.reread(carlas)).isInstanceOf(Proposal.Declined.class);
    assertThat(market.reread(second)).isInstanceOf(Proposal.Closed.class);
  }

  @Test
  void nobodyAcceptsTheirOwnProposal() {
    Proposal.Pending brunos = market.counter(market.bruno, offer, "8500.00");

    assertThat(refused(RuleViolated.class, () -> market.accept(market.olive, offer)))
        .hasMessage("You cannot accept your own proposal.");
    refused(RuleViolated.class, () -> market.accept(market.bruno, brunos));
    assertThat(market.reread(trade)).isInstanceOf(Trade.Open.class);
  }

  @Test
  void aCounterAddressedToSomeoneElse_cannotBeAcceptedByOthers() {
    Proposal.Pending brunos = market.counter(market.bruno, offer, "8500.00");
    Proposal.Pending olives = market.counter(market.olive, brunos, "8800.00");

    refused(NotFound.class, () -> market.accept(market.carla, brunos));
    refused(NotFound.class, () -> market.accept(market.carla, olives));
    assertThat(market.reread(trade)).isInstanceOf(Trade.Open.class);
  }

  @Test
  void staffAndMechanics_acceptNothing() {
    Principal mechanic =
        TestAccounts.principal(
            market.motorhub, TestAccounts.registerMechanic(market.motorhub, "mo"));

    refused(Forbidden.class, () -> market.accept(market.staff, offer));
    refused(Forbidden.class, () -> market.accept(mechanic, offer));
    assertThat(market.reread(trade)).isInstanceOf(Trade.Open.class);
  }

  @Test
  void anExpiredProposal_cannotBeAccepted() {
    market.clock.advance(Duration.ofDays(8));

    assertThat(refused(RuleViolated.class, () -> market.accept(market.bruno, offer)))
        .hasMessageContaining("expired");
    assertThat(market.reread(offer).status(market.clock.instant())).isEqualTo("expired");
    assertThat(market.reread(trade)).isInstanceOf(Trade.Open.class);
  }

  @Test
  void anAcceptedProposal_orAnyOnTheClosedTrade_isPastActingOn() {
    Proposal.Pending carlas = market.counter(market.carla, offer, "8000.00");
    market.accept(market.bruno, offer);

    assertThat(refused(RuleViolated.class, () -> market.accept(market.olive, carlas)))
        .hasMessage("This trade is closed.");
    refused(RuleViolated.class, () -> market.counter(market.olive, carlas, "9000.00"));
    refused(RuleViolated.class, () -> market.decline(market.olive, carlas));
    refused(RuleViolated.class, () -> market.withdraw(market.carla, carlas));
    // The closed trade and its open offer are no longer Carla's to see.
    refused(NotFound.class, () -> market.accept(market.carla, offer));
  }

  @Test
  void declinedCounteredAndCancelledProposals_cannotBeAccepted() {
    Proposal.Pending brunos = market.counter(market.bruno, offer, "8500.00");
    Proposal.Pending carlas = market.counter(market.carla, offer, "8000.00");
    Proposal.Pending olivesToCarla = market.counter(market.olive, carlas, "8600.00");
    market.decline(market.olive, brunos);
    market.withdraw(market.olive, olivesToCarla);

    assertThat(refused(RuleViolated.class, () -> market.accept(market.olive, brunos)))
        .hasMessage("This proposal is declined.");
    assertThat(refused(RuleViolated.class, () -> market.accept(market.olive, carlas)))
        .hasMessage("This proposal is countered.");
    assertThat(refused(RuleViolated.class, () -> market.accept(market.carla, olivesToCarla)))
        .hasMessage("This proposal is cancelled.");
  }

  @Test
  void aProposalOnACancelledTrade_cannotBeAccepted() {
    Proposal.Pending olives =
        market.counter(market.olive, market.counter(market.bruno, offer, "8500.00"), "8800.00");
    market.cancel(market.olive, trade);

    assertThat(refused(RuleViolated.class, () -> market.accept(market.bruno, olives)))
        .hasMessage("This trade is cancelled.");
    refused(NotFound.class, () -> market.accept(market.carla, offer));
  }
}
