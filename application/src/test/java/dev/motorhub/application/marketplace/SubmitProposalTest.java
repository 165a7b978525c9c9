package dev.motorhub.application.marketplace;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.PaymentFrequency;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalTerms;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The owner of a trade makes open offers; the instalment is derived from the terms. */
class SubmitProposalTest {
  private final TestTrading market = TestTrading.start();
  private Trade.Open trade;

  @BeforeEach
  void oliveHasAVehicleOnSale() {
    trade = market.trade(market.olive, market.sale);
  }

  private Proposal.Pending offer(ProposalForm form) {
    return market.offer(market.olive, trade, form);
  }

  @Test
  void theOwnerMakesAnOpenOffer_standingForAWeek() {
    Proposal.Pending offer =
        offer(new ProposalForm("12000", "1000.00", 365, "Monthly", "Serviced in May"));

    assertThat(offer.offer().trade()).isEqualTo(trade.id());
    assertThat(offer.offer().author()).isEqualTo(market.olive.actor().id());
    assertThat(offer.offer().addressee()).isEmpty();
    assertThat(offer.offer().counterTo()).isEmpty();
    assertThat(offer.offer().note()).isEqualTo("Serviced in May");
    assertThat(offer.offer().createdAt()).isEqualTo(market.clock.instant());
    assertThat(offer.offer().expiresAt())
        .isEqualTo(market.clock.instant().plus(Duration.ofDays(7)));
    assertThat(offer.status(market.clock.instant())).isEqualTo("pending");
    ProposalTerms terms = offer.offer().terms();
    assertThat(terms.amount().plain()).isEqualTo("12000.00");
    assertThat(terms.downPayment().plain()).isEqualTo("1000.00");
    assertThat(terms.frequency()).isEqualTo(PaymentFrequency.MONTHLY);
    assertThat(terms.instalments()).isEqualTo(12);
    assertThat(terms.instalment().plain()).isEqualTo("916.67");
    assertThat(market.reread(offer)).isEqualTo(offer);
  }

  @Test
  void theOwnerMayMakeSeveralOffers_eachOpenToEveryBuyer() {
    Proposal.Pending first = offer(new ProposalForm("9000.00", null, 1, "one-time", ""));
    Proposal.Pending second = offer(new ProposalForm("8500.00", null, 1, "one-time", ""));

    assertThat(
            market
                .motorhub
                .marketplace()
                .viewProposals()
                .onTrade(market.carla, trade.id(), PageRequest.first(100))
                .items())
        .containsExactly(first, second);
  }

  @Test
  void aBuyerMakesNoOpenOffers_theyAnswerTheOwners() {
    assertThat(refused(RuleViolated.class, () -> market.offer(market.bruno, trade, "9000.00")))
        .hasMessageContaining("Only the owner makes offers");
    assertThat(
            market
                .motorhub
                .marketplace()
                .viewProposals()
                .onTrade(market.staff, trade.id(), PageRequest.first(100))
                .items())
        .isEmpty();
  }

  @Test
  void staffAndMechanics_makeNoProposals() {
    Principal mechanic =
        TestAccounts.principal(
            market.motorhub, TestAccounts.registerMechanic(market.motorhub, "mo"));

    refused(Forbidden.class, () -> market.offer(market.staff, trade, "9000.00"));
    refused(Forbidden.class, () -> market.offer(mechanic, trade, "9000.00"));
  }

  @Test
  void closedOrCancelledTrades_takeNoProposals() {
    market.accept(market.bruno, market.offer(market.olive, trade, "9000.00"));
    Trade.Open other = market.trade(market.olive, market.lease);
    market.cancel(market.olive, other);

    assertThat(refused(RuleViolated.class, () -> market.offer(market.olive, trade, "9000.00")))
        .hasMessage("This trade is closed.");
    assertThat(refused(RuleViolated.class, () -> market.offer(market.olive, other, "9000.00")))
        .hasMessage("This trade is cancelled.");
  }

  @Test
  void anUnknownTrade_orAnothersCancelledOne_isNotFound() {
    Trade.Open brunos = market.trade(market.bruno, market.sale);
    market.cancel(market.bruno, brunos);

    refused(NotFound.class, () -> market.offer(market.olive, brunos, "9000.00"));
    refused(
        NotFound.class,
        () ->
            market
                .motorhub
                .marketplace()
                .submitProposal()
                .submit(
                    new SubmitProposal.Command(
                        market.olive,
                        new TradeId(UUID.randomUUID()),
                        new ProposalForm("1.00", null, 1, "one-time", null))));
  }

  @Test
  void howLongAProposalStands_isASetting() {
    TestClock clock = TestClock.start();
    CoreSettings defaults = CoreSettings.defaults();
    Motorhub motorhub =
        TestMotorhub.builder(clock)
            .settings(
                new CoreSettings(
                    defaults.currency(),
                    defaults.accessTokenTtl(),
                    defaults.sessionTtl(),
                    defaults.maxImageBytes(),
                    Duration.ofHours(36),
                    defaults.invoiceTerm()))
            .build();
    TestTrading other = TestTrading.on(clock, motorhub);

    Proposal.Pending offer =
        other.offer(other.olive, other.trade(other.olive, other.sale), "9000.00");

    assertThat(offer.offer().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(36)));
  }
}
