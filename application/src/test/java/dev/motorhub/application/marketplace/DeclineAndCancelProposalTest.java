package dev.motorhub.application.marketplace;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The addressee of a proposal declines it; its author cancels it; open offers only expire. */
class DeclineAndCancelProposalTest {
  private final TestTrading market = TestTrading.start();
  private Trade.Open trade;
  private Proposal.Pending offer;
  private Proposal.Pending brunos;

  @BeforeEach
  void brunoCountersOlivesOffer() {
    trade = market.trade(market.olive, market.lease);
    offer = market.offer(market.olive, trade, "12000.00");
    brunos = market.counter(market.bruno, offer, "11000.00");
  }

  @Test
  void theOwnerDeclinesABuyersCounter() {
    market.clock.advance(Duration.ofMinutes(10));

    Proposal.Declined declined = market.decline(market.olive, brunos);

    assertThat(declined.declinedAt()).isEqualTo(market.clock.instant());
    assertThat(market.reread(brunos)).isEqualTo(declined);
    assertThat(market.reread(offer)).isEqualTo(offer);
    assertThat(market.reread(trade)).isInstanceOf(Trade.Open.class);
  }

  @Test
  void aBuyerDeclinesTheOwnersCounterToThem() {
    Proposal.Pending olives = market.counter(market.olive, brunos, "11500.00");

    assertThat(market.decline(market.bruno, olives).status(market.clock.instant()))
        .isEqualTo("declined");
  }

  @Test
  void anOpenOffer_cannotBeDeclined() {
    assertThat(refused(RuleViolated.class, () -> market.decline(market.bruno, offer)))
        .hasMessageContaining("An open offer cannot be declined");
    assertThat(market.reread(offer)).isEqualTo(offer);
  }

  @Test
  void nobodyDeclinesTheirOwnProposal() {
    refused(RuleViolated.class, () -> market.decline(market.bruno, brunos));
    refused(RuleViolated.class, () -> market.decline(market.olive, offer));
    assertThat(market.reread(brunos)).isEqualTo(brunos);
  }

  @Test
  void aCounterAddressedToSomeoneElse_cannotBeDeclinedByOthers() {
    refused(NotFound.class, () -> market.decline(market.carla, brunos));
    assertThat(market.reread(brunos)).isEqualTo(brunos);
  }

  @Test
  void staffDeclineNothingForTheParties() {
    refused(Forbidden.class, () -> market.decline(market.staff, brunos));
    assertThat(market.reread(brunos)).isEqualTo(brunos);
  }

  @Test
  void aProposalIsDeclinedOnce_andNotWhenExpired() {
    Proposal.Pending carlas = market.counter(market.carla, offer, "10000.00");
    market.decline(market.olive, brunos);
    market.clock.advance(Duration.ofDays(7));

    assertThat(refused(RuleViolated.class, () -> market.decline(market.olive, brunos)))
        .hasMessage("This proposal is declined.");
    assertThat(refused(RuleViolated.class, () -> market.decline(market.olive, carlas)))
        .hasMessageContaining("expired");
  }

  @Test
  void theAuthorCancelsTheirProposal() {
    market.clock.advance(Duration.ofMinutes(10));

    Proposal.Withdrawn withdrawn = market.withdraw(market.bruno, brunos);

    assertThat(withdrawn.withdrawnAt()).isEqualTo(market.clock.instant());
    assertThat(market.reread(brunos).status(market.clock.instant())).isEqualTo("cancelled");
    assertThat(market.reread(offer)).isEqualTo(offer);
  }

  @Test
  void theOwnerCancelsTheirOpenOffer_whichNoBuyerCanTakeThen() {
    market.withdraw(market.olive, offer);

    assertThat(refused(RuleViolated.class, () -> market.accept(market.carla, offer)))
        .hasMessage("This proposal is cancelled.");
    refused(RuleViolated.class, () -> market.counter(market.carla, offer, "9000.00"));
  }

  @Test
  void onlyTheAuthorCancelsAProposal() {
    assertThat(refused(Forbidden.class, () -> market.withdraw(market.olive, brunos)))
        .hasMessage("Only its author can cancel a proposal.");
    refused(Forbidden.class, () -> market.withdraw(market.carla, offer));
    refused(Forbidden.class, () -> market.withdraw(market.staff, offer));
    refused(NotFound.class, () -> market.withdraw(market.carla, brunos));
    assertThat(market.reread(brunos)).isEqualTo(brunos);
    assertThat(market.reread(offer)).isEqualTo(offer);
  }

  @Test
  void aProposalPastActingOn_cannotBeCancelled() {
    Proposal.Pending olives = market.counter(market.olive, brunos, "11500.00");
    Proposal.Pending carlas = market.counter(market.carla, offer, "10000.00");
    market.decline(market.olive, carlas);

    assertThat(refused(RuleViolated.class, () -> market.withdraw(market.bruno, brunos)))
        .hasMessage("This proposal is countered.");
    assertThat(refused(RuleViolated.class, () -> market.withdraw(market.carla, carlas)))
        .hasMessage("This proposal is declined.");
    market.withdraw(market.olive, olives);
    assertThat(refused(RuleViolated.class, () -> market.withdraw(market.olive, olives)))
        .hasMessage("This proposal is cancelled.");
    market.clock.advance(Duration.ofDays(7));
    assertThat(refused(RuleViolated.class, () -> market.withdraw(market.olive, offer)))
        .hasMessageContaining("expired");
  }

  @Test
  void proposalsOnAClosedOrCancelledTrade_cannotBeDeclinedOrCancelled() {
    Proposal.Pending carlas = market.counter(market.carla, offer, "10000.00");
    market.accept(market.olive, carlas);

    refused(RuleViolated.class, () -> market.decline(market.olive, brunos));
    refused(RuleViolated.class, () -> market.withdraw(market.bruno, brunos));

    Trade.Open other = market.trade(market.olive, market.sale);
    Proposal.Pending counter =
        market.counter(market.bruno, market.offer(market.olive, other, "9000.00"), "8000.00");
    market.cancel(market.olive, other);
    assertThat(refused(RuleViolated.class, () -> market.decline(market.olive, counter)))
        .hasMessage("This trade is cancelled.");
    refused(RuleViolated.class, () -> market.withdraw(market.bruno, counter));
  }
}
