package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.at;
import static dev.motorhub.application.contract.MarketFixtures.counter;
import static dev.motorhub.application.contract.MarketFixtures.offer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.Trade;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code ProposalRepository} keeps: proposals in each state, by trade, oldest first. */
public abstract class ProposalRepositoryContract extends MarketContract {
  private Trade.Open trade;
  private Proposal.Pending offer;

  @BeforeEach
  void anOfferOnAnOpenTrade() {
    trade = openTrade();
    offer = stored(offer(trade, "12000.00", at(1)));
  }

  @Test
  void anOpenOffer_isFoundWithEveryField() {
    assertThat(find(offer)).contains(offer);
  }

  @Test
  void aCounter_isFoundWithItsAddressee_theProposalItAnswers_andItsTerms() {
    Proposal.Pending bobs = stored(counter(offer, trade, bob.id(), at(2)).counter());

    assertThat(find(bobs)).contains(bobs);
    assertThat(bobs.offer().addressee()).contains(alice.id());
    assertThat(bobs.offer().counterTo()).contains(offer.id());
  }

  @Test
  void anAcceptedProposal_isFoundAsUpdated() {
    assertUpdated(offer.accept(bob.id(), trade, at(2)));
  }

  @Test
  void aDeclinedProposal_isFoundAsUpdated() {
    Proposal.Pending bobs = stored(counter(offer, trade, bob.id(), at(2)).counter());

    assertUpdated(bobs.decline(alice.id(), trade, at(3)));
  }

  @Test
  void aCounteredProposal_isFoundWithItsCounter() {
    Proposal.Pending bobs = stored(counter(offer, trade, bob.id(), at(2)).counter());
    Proposal.Countering answer = counter(bobs, trade, alice.id(), at(3));
    stored(answer.counter());

    assertUpdated(answer.answered());
    assertThat(answer.answered()).isInstanceOf(Proposal.Countered.class);
  }

  @Test
  void aWithdrawnProposal_isFoundAsUpdated() {
    assertUpdated(offer.withdraw(alice.id(), at(2)));
  }

  @Test
  void aClosedProposal_isFoundWithItsReason() {
    assertUpdated(offer.close(Trade.ANOTHER_ACCEPTED, at(2)));
  }

  @Test
  void aPendingProposalPastItsTime_isStillPending_asStored() {
    Proposal.Pending brief =
        stored(
            Proposal.Pending.offer(
                new ProposalId(Fixtures.nextId()),
                trade,
                alice.id(),
                MarketFixtures.terms("100.00"),
                "",
                at(2),
                Duration.ofSeconds(1)));

    assertThat(find(brief)).contains(brief);
    assertThat(brief.status(at(3))).isEqualTo("expired");
  }

  @Test
  void anExpiredProposal_isFoundAsUpdated_withWhenItWasFoundExpired() {
    assertUpdated(offer.expire(at(1).plus(MarketFixtures.STANDS).plusSeconds(30)));
  }

  @Test
  void claimExpired_isThePendingProposalsPastTheirTime_longestExpiredFirst_atMostTheLimit() {
    Proposal.Pending later = stored(brief(at(4)));
    Proposal.Pending sooner = stored(brief(at(2)));
    Proposal.Pending withdrawn = stored(brief(at(3)));
    runTx(() -> store.proposals().update(withdrawn.withdraw(alice.id(), at(3))));

    assertThat(inTx(() -> store.proposals().claimExpired(at(10), 10)))
        .containsExactly(sooner, later);
    assertThat(inTx(() -> store.proposals().claimExpired(at(10), 1))).containsExactly(sooner);
    assertThat(inTx(() -> store.proposals().claimExpired(at(4).plusSeconds(59), 10)))
        .containsExactly(sooner);
  }

  @Test
  void claimExpired_leavesOutWhatIsStoredExpired() {
    Proposal.Pending gone = stored(brief(at(2)));
    runTx(() -> store.proposals().update(gone.expire(at(5))));

    assertThat(inTx(() -> store.proposals().claimExpired(at(10), 10))).isEmpty();
  }

  /** Alice's open offer made at {@code at}, standing one minute. */
  private Proposal.Pending brief(java.time.Instant at) {
    return Proposal.Pending.offer(
        new ProposalId(Fixtures.nextId()),
        trade,
        alice.id(),
        MarketFixtures.terms("100.00"),
        "",
        at,
        Duration.ofMinutes(1));
  }

  @Test
  void anUnknownProposal_isNotFound() {
    assertThat(inTx(() -> store.proposals().findById(new ProposalId(Fixtures.nextId())))).isEmpty();
  }

  @Test
  void listByTrade_isThatTradesProposals_oldestFirst_eachInItsLatestState() {
    Trade.Open other = openTrade(vehicleOf(bob, "KDA 042X"), lease, at(2));
    Proposal.Pending elsewhere = stored(offer(other, "5000.00", at(3)));
    Proposal.Pending bobs = stored(counter(offer, trade, bob.id(), at(4)).counter());
    Proposal.Pending carols = stored(counter(offer, trade, carol.id(), at(5)).counter());
    Proposal declined = bobs.decline(alice.id(), trade, at(6));
    runTx(() -> store.proposals().update(declined));

    assertThat(inTx(() -> store.proposals().listByTrade(trade.id())))
        .containsExactly(offer, declined, carols);
    assertThat(inTx(() -> store.proposals().listByTrade(other.id()))).containsExactly(elsewhere);
  }

  @Test
  void listByTrade_ofATradeWithoutProposals_isEmpty() {
    Trade.Open quiet = openTrade(vehicleOf(bob, "KDA 042X"), lease, at(2));

    assertThat(inTx(() -> store.proposals().listByTrade(quiet.id()))).isEmpty();
  }

  private void assertUpdated(Proposal answered) {
    runTx(() -> store.proposals().update(answered));

    assertThat(find(answered)).contains(answered);
  }

  private Optional<Proposal> find(Proposal proposal) {
    return inTx(() -> store.proposals().findById(proposal.id()));
  }
}
