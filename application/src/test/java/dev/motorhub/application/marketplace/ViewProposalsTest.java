package dev.motorhub.application.marketplace;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who reads which proposals: the owner and staff all, a buyer the open offers and their own. */
class ViewProposalsTest {
  private final TestTrading market = TestTrading.start();
  private Trade.Open trade;
  private Proposal.Pending offer;
  private Proposal.Pending brunos;
  private Proposal.Pending olivesToBruno;
  private Proposal.Pending carlas;

  @BeforeEach
  void oliveNegotiatesWithBrunoAndCarla() {
    trade = market.trade(market.olive, market.lease);
    offer = market.offer(market.olive, trade, "12000.00");
    brunos = market.counter(market.bruno, offer, "11000.00");
    olivesToBruno = market.counter(market.olive, brunos, "11500.00");
    carlas = market.counter(market.carla, offer, "10500.00");
  }

  private List<ProposalId> onTrade(Principal who) {
    return market
        .motorhub
        .marketplace()
        .viewProposals()
        .onTrade(who, trade.id(), PageRequest.first(100))
        .items()
        .stream()
        .map(Proposal::id)
        .toList();
  }

  private Proposal get(Principal who, Proposal proposal) {
    return market.motorhub.marketplace().viewProposals().get(who, proposal.id());
  }

  @Test
  void theOwnerAndStaff_seeEveryProposal_oldestFirst() {
    for (Principal who : List.of(market.olive, market.staff)) {
      assertThat(onTrade(who))
          .containsExactly(offer.id(), brunos.id(), olivesToBruno.id(), carlas.id());
    }
  }

  @Test
  void aBuyerSees_theOpenOffers_andWhatTheyMadeOrWereMade() {
    assertThat(onTrade(market.bruno)).containsExactly(offer.id(), brunos.id(), olivesToBruno.id());
    assertThat(onTrade(market.carla)).containsExactly(offer.id(), carlas.id());
    assertThat(get(market.bruno, olivesToBruno).offer().terms().amount().plain())
        .isEqualTo("11500.00");
  }

  @Test
  void everyoneElseSignedIn_seesOnlyTheOpenOffers() {
    Principal dan = market.customer("dan");
    Principal mechanic =
        TestAccounts.principal(
            market.motorhub, TestAccounts.registerMechanic(market.motorhub, "mo"));

    for (Principal who : List.of(dan, mechanic)) {
      assertThat(onTrade(who)).containsExactly(offer.id());
      assertThat(get(who, offer)).isEqualTo(offer);
      refused(NotFound.class, () -> get(who, brunos));
    }
    assertThat(refused(NotFound.class, () -> get(market.carla, olivesToBruno)))
        .hasMessage("Proposal not found.");
  }

  @Test
  void aProposalReadsAsExpired_onceItsTimeHasPassed() {
    market.clock.advance(Duration.ofDays(7));

    assertThat(get(market.olive, carlas).status(market.clock.instant())).isEqualTo("expired");
    assertThat(get(market.olive, brunos).status(market.clock.instant())).isEqualTo("countered");
  }

  @Test
  void onceTheTradeCloses_outsidersSeeNothingOfIt_theBuyerTheirDeal() {
    market.accept(market.bruno, olivesToBruno);
    Principal dan = market.customer("dan");

    refused(NotFound.class, () -> onTrade(dan));
    refused(NotFound.class, () -> get(dan, offer));
    refused(NotFound.class, () -> onTrade(market.carla));
    assertThat(get(market.carla, carlas)).isInstanceOf(Proposal.Closed.class);
    assertThat(onTrade(market.bruno)).containsExactly(brunos.id(), olivesToBruno.id());
    assertThat(get(market.bruno, olivesToBruno)).isInstanceOf(Proposal.Accepted.class);
  }

  @Test
  void anUnknownProposalOrTrade_isNotFound() {
    refused(
        NotFound.class,
        () ->
            market
                .motorhub
                .marketplace()
                .viewProposals()
                .get(market.staff, new ProposalId(UUID.randomUUID())));
    refused(
        NotFound.class,
        () ->
            market
                .motorhub
                .marketplace()
                .viewProposals()
                .onTrade(market.staff, new TradeId(UUID.randomUUID()), PageRequest.first(10)));
  }

  @Test
  void theProposalsOfATradeComeInPages() {
    var first =
        market
            .motorhub
            .marketplace()
            .viewProposals()
            .onTrade(market.olive, trade.id(), PageRequest.first(2));
    assertThat(first.items()).hasSize(2);
    var rest =
        market
            .motorhub
            .marketplace()
            .viewProposals()
            .onTrade(
                market.olive,
                trade.id(),
                PageRequest.parse("100", first.nextCursor().orElseThrow()));
    assertThat(rest.nextCursor()).isEmpty();
    assertThat(
            Stream.concat(first.items().stream(), rest.items().stream()).map(Proposal::id).toList())
        .isEqualTo(onTrade(market.olive));
  }
}
