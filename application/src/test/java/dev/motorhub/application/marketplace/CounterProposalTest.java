package dev.motorhub.application.marketplace;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Buyers counter the owner's offers; the owner counters a buyer; each answers the other. */
class CounterProposalTest {
  private final TestTrading market = TestTrading.start();
  private Trade.Open trade;
  private Proposal.Pending offer;

  @BeforeEach
  void oliveOffersHerCarForLease() {
    trade = market.trade(market.olive, market.lease);
    offer = market.offer(market.olive, trade, "12000.00");
  }

  @Test
  void aBuyerCountersTheOwnersOffer_addressedToTheOwner_andTheOfferStaysOpenToOthers() {
    market.clock.advance(Duration.ofHours(1));

    Proposal.Pending brunos = market.counter(market.bruno, offer, "11000.00");

    assertThat(brunos.offer().author()).isEqualTo(market.bruno.actor().id());
    assertThat(brunos.offer().addressee()).contains(market.olive.actor().id());
    assertThat(brunos.offer().counterTo()).contains(offer.id());
    assertThat(brunos.offer().trade()).isEqualTo(trade.id());
    assertThat(brunos.offer().terms().amount().plain()).isEqualTo("11000.00");
    assertThat(brunos.offer().expiresAt())
        .isEqualTo(market.clock.instant().plus(Duration.ofDays(7)));
    assertThat(market.reread(offer)).isEqualTo(offer);
    assertThat(market.counter(market.carla, offer, "10500.00").offer().counterTo())
        .contains(offer.id());
  }

  @Test
  void theOwnerCountersABuyer_whoseProposalIsAnsweredByIt() {
    Proposal.Pending brunos = market.counter(market.bruno, offer, "11000.00");

    Proposal.Pending olives = market.counter(market.olive, brunos, "11500.00");

    assertThat(olives.offer().addressee()).contains(market.bruno.actor().id());
    assertThat(olives.offer().counterTo()).contains(brunos.id());
    assertThat(market.reread(brunos))
        .isInstanceOfSatisfying(
            Proposal.Countered.class,
            countered -> {
              assertThat(countered.counter()).isEqualTo(olives.id());
              assertThat(countered.counteredAt()).isEqualTo(market.clock.instant());
            });
  }

  @Test
  void theBuyerMayCounterTheOwnersCounter_inTurn() {
    Proposal.Pending olives =
        market.counter(market.olive, market.counter(market.bruno, offer, "11000.00"), "11500.00");

    Proposal.Pending again = market.counter(market.bruno, olives, "11250.00");

    assertThat(again.offer().addressee()).contains(market.olive.actor().id());
    assertThat(market.reread(olives).status(market.clock.instant())).isEqualTo("countered");
  }

  @Test
  void nobodyCountersTheirOwnProposal() {
    Proposal.Pending brunos = market.counter(market.bruno, offer, "11000.00");

    assertThat(refused(RuleViolated.class, () -> market.counter(market.olive, offer, "9000.00")))
        .hasMessage("You cannot counter your own proposal.");
    refused(RuleViolated.class, () -> market.counter(market.bruno, brunos, "9000.00"));
    assertThat(market.reread(brunos)).isEqualTo(brunos);
  }

  @Test
  void aCounterAddressedToSomeoneElse_isNotThereForOthersToAnswer() {
    Proposal.Pending brunos = market.counter(market.bruno, offer, "11000.00");
    Proposal.Pending olives = market.counter(market.olive, brunos, "11500.00");

    assertThat(refused(NotFound.class, () -> market.counter(market.carla, brunos, "9000.00")))
        .hasMessage("Proposal not found.");
    refused(NotFound.class, () -> market.counter(market.carla, olives, "9000.00"));
    assertThat(market.reread(olives)).isEqualTo(olives);
  }

  @Test
  void aCounteredProposal_isAnsweredForGood() {
    Proposal.Pending brunos = market.counter(market.bruno, offer, "11000.00");
    market.counter(market.olive, brunos, "11500.00");

    assertThat(refused(RuleViolated.class, () -> market.counter(market.olive, brunos, "9000.00")))
        .hasMessage("This proposal is countered.");
  }

  @Test
  void anExpiredProposal_cannotBeCountered() {
    market.clock.advance(Duration.ofDays(7));

    assertThat(refused(RuleViolated.class, () -> market.counter(market.bruno, offer, "9000.00")))
        .hasMessageContaining("expired");
  }

  @Test
  void aProposalStandsUntilTheLastMomentOfItsWeek() {
    market.clock.advance(Duration.ofDays(7).minusSeconds(1));

    assertThat(market.counter(market.bruno, offer, "11000.00").offer().counterTo())
        .contains(offer.id());
  }

  @Test
  void proposalsOnACancelledTrade_cannotBeCountered() {
    Proposal.Pending brunos = market.counter(market.bruno, offer, "11000.00");
    market.cancel(market.olive, trade);

    assertThat(refused(RuleViolated.class, () -> market.counter(market.olive, brunos, "9000.00")))
        .hasMessage("This trade is cancelled.");
  }

  @Test
  void staffAndMechanics_makeNoCounters() {
    Principal mechanic =
        TestAccounts.principal(
            market.motorhub, TestAccounts.registerMechanic(market.motorhub, "mo"));

    refused(Forbidden.class, () -> market.counter(market.staff, offer, "9000.00"));
    refused(Forbidden.class, () -> market.counter(mechanic, offer, "9000.00"));
  }

  @Test
  void badTerms_areInvalid_andNothingIsKept() {
    InvalidInput invalid =
        refused(
            InvalidInput.class,
            () ->
                market
                    .motorhub
                    .marketplace()
                    .counterProposal()
                    .counter(
                        new CounterProposal.Command(
                            market.bruno,
                            offer.id(),
                            new ProposalForm("-1", null, 0, "daily", null))));

    assertThat(invalid.errors()).containsOnlyKeys("amount", "term_days", "payment_frequency");
    assertThat(
            market
                .motorhub
                .marketplace()
                .viewProposals()
                .onTrade(market.olive, trade.id(), PageRequest.first(100))
                .items())
        .containsExactly(offer);
  }

  @Test
  void anUnknownProposal_isNotFound() {
    refused(
        NotFound.class,
        () ->
            market
                .motorhub
                .marketplace()
                .counterProposal()
                .counter(
                    new CounterProposal.Command(
                        market.bruno,
                        new ProposalId(UUID.randomUUID()),
                        new ProposalForm("1.00", null, 1, "one-time", null))));
  }
}
