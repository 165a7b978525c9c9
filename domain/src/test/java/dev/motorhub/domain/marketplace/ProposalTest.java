package dev.motorhub.domain.marketplace;

import static dev.motorhub.domain.marketplace.TestTrades.BUYER;
import static dev.motorhub.domain.marketplace.TestTrades.BUYERS_COUNTER;
import static dev.motorhub.domain.marketplace.TestTrades.NOW;
import static dev.motorhub.domain.marketplace.TestTrades.OTHER;
import static dev.motorhub.domain.marketplace.TestTrades.OWNER;
import static dev.motorhub.domain.marketplace.TestTrades.OWNERS_COUNTER;
import static dev.motorhub.domain.marketplace.TestTrades.OWNERS_OFFER;
import static dev.motorhub.domain.marketplace.TestTrades.TTL;
import static dev.motorhub.domain.marketplace.TestTrades.buyersCounter;
import static dev.motorhub.domain.marketplace.TestTrades.openLeaseTrade;
import static dev.motorhub.domain.marketplace.TestTrades.otherTerms;
import static dev.motorhub.domain.marketplace.TestTrades.ownersCounter;
import static dev.motorhub.domain.marketplace.TestTrades.ownersOffer;
import static dev.motorhub.domain.marketplace.TestTrades.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProposalTest {
  private static final Trade.Open TRADE = openLeaseTrade();
  private static final Instant LATER = NOW.plusSeconds(600);
  private static final Instant EXPIRY = NOW.plus(TTL);

  // --- the owner's open offer ---

  @Test
  void theOwnersOffer_isOpenToAnyBuyerAndStandsForItsTime() {
    Proposal.Pending offer = ownersOffer(TRADE);
    assertThat(offer.id()).isEqualTo(OWNERS_OFFER);
    assertThat(offer.offer().trade()).isEqualTo(TRADE.id());
    assertThat(offer.offer().author()).isEqualTo(OWNER);
    assertThat(offer.offer().addressee()).isEmpty();
    assertThat(offer.offer().counterTo()).isEmpty();
    assertThat(offer.offer().terms()).isEqualTo(terms());
    assertThat(offer.offer().note()).isEqualTo("First offer");
    assertThat(offer.offer().createdAt()).isEqualTo(NOW);
    assertThat(offer.offer().expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
    assertThat(offer.status(NOW)).isEqualTo("pending");
  }

  @Test
  void onlyTheOwner_makesOffersOnATrade() {
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> Proposal.Pending.offer(OWNERS_OFFER, TRADE, BUYER, terms(), "", NOW, TTL))
        .withMessage(
            "Only the owner makes offers on a trade; answer one of the owner's proposals.");
  }

  @Test
  void anOfferWithoutTimeToStand_isRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(
            () ->
                Proposal.Pending.offer(
                    OWNERS_OFFER, TRADE, OWNER, terms(), "", NOW, Duration.ZERO));
  }

  // --- status and expiry ---

  @Test
  void aPendingProposal_readsExpiredFromItsExpiryOn() {
    Proposal.Pending offer = ownersOffer(TRADE);
    assertThat(offer.status(EXPIRY.minusMillis(1))).isEqualTo("pending");
    assertThat(offer.isExpired(EXPIRY.minusMillis(1))).isFalse();
    assertThat(offer.status(EXPIRY)).isEqualTo("expired");
    assertThat(offer.isExpired(EXPIRY)).isTrue();
    assertThat(offer.status(EXPIRY.plus(Duration.ofDays(30)))).isEqualTo("expired");
  }

  @Test
  void everyEndedState_readsItsNameWhateverTheTime() {
    Instant longAfter = EXPIRY.plus(Duration.ofDays(365));
    Proposal.Pending offer = ownersOffer(TRADE);
    Proposal.Pending counter = buyersCounter(TRADE);
    assertThat(offer.accept(BUYER, TRADE, LATER).status(longAfter)).isEqualTo("accepted");
    assertThat(counter.decline(OWNER, TRADE, LATER).status(longAfter)).isEqualTo("declined");
    assertThat(counter.counter(OWNERS_COUNTER, OWNER, TRADE, terms(), "", LATER, TTL).answered())
        .satisfies(p -> assertThat(p.status(longAfter)).isEqualTo("countered"));
    assertThat(offer.withdraw(OWNER, LATER).status(longAfter)).isEqualTo("cancelled");
    assertThat(offer.close("Trade closed", LATER).status(longAfter)).isEqualTo("closed");
  }

  // --- accept ---

  @Test
  void anotherCustomer_acceptsTheOwnersOpenOffer() {
    Proposal.Pending offer = ownersOffer(TRADE);
    Proposal.Accepted accepted = offer.accept(BUYER, TRADE, LATER);
    assertThat(accepted.offer()).isEqualTo(offer.offer());
    assertThat(accepted.acceptedBy()).isEqualTo(BUYER);
    assertThat(accepted.acceptedAt()).isEqualTo(LATER);
    assertThat(accepted.id()).isEqualTo(OWNERS_OFFER);
  }

  @Test
  void theOwner_acceptsACounterProposalAddressedToThem() {
    Proposal.Accepted accepted = buyersCounter(TRADE).accept(OWNER, TRADE, LATER);
    assertThat(accepted.acceptedBy()).isEqualTo(OWNER);
    assertThat(accepted.offer().author()).isEqualTo(BUYER);
  }

  @Test
  void nobody_acceptsTheirOwnProposal() {
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> ownersOffer(TRADE).accept(OWNER, TRADE, LATER))
        .withMessage("You cannot accept your own proposal.");
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> buyersCounter(TRADE).accept(BUYER, TRADE, LATER))
        .withMessage("You cannot accept your own proposal.");
  }

  @Test
  void aProposalAddressedToSomeoneElse_cannotBeAccepted() {
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> buyersCounter(TRADE).accept(OTHER, TRADE, LATER))
        .withMessage("This proposal is addressed to someone else.");
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> ownersCounter(TRADE).accept(OTHER, TRADE, LATER));
  }

  @Test
  void anExpiredProposal_cannotBeAccepted() {
    Proposal.Pending offer = ownersOffer(TRADE);
    assertThat(offer.accept(BUYER, TRADE, EXPIRY.minusSeconds(1))).isNotNull();
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> offer.accept(BUYER, TRADE, EXPIRY))
        .withMessage("This proposal expired at 2025-03-17T10:00:00Z.");
  }

  @Test
  void aProposal_isAnsweredOnlyOnItsOwnTrade() {
    Trade.Open elsewhere =
        Trade.open(
            TestTrades.OTHER_TRADE,
            TestTrades.VEHICLE,
            OTHER,
            TestTrades.LEASE_SERVICE,
            TestTrades.OPENED_AT);
    Proposal.Pending offer = ownersOffer(TRADE);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> offer.accept(BUYER, elsewhere, LATER));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> buyersCounter(TRADE).decline(OWNER, elsewhere, LATER));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(
            () -> offer.counter(BUYERS_COUNTER, BUYER, elsewhere, otherTerms(), "", LATER, TTL));
  }

  // --- decline ---

  @Test
  void theOwner_declinesABuyersCounterProposal() {
    Proposal.Pending counter = buyersCounter(TRADE);
    Proposal.Declined declined = counter.decline(OWNER, TRADE, LATER);
    assertThat(declined.offer()).isEqualTo(counter.offer());
    assertThat(declined.declinedAt()).isEqualTo(LATER);
  }

  @Test
  void aBuyer_declinesTheOwnersCounterProposalAddressedToThem() {
    assertThat(ownersCounter(TRADE).decline(BUYER, TRADE, LATER).declinedAt()).isEqualTo(LATER);
  }

  @Test
  void anOpenOffer_cannotBeDeclined() {
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> ownersOffer(TRADE).decline(BUYER, TRADE, LATER))
        .withMessage("An open offer cannot be declined; counter it or let it expire.");
  }

  @Test
  void declining_isRefusedToTheAuthorToOthersAndAfterExpiry() {
    Proposal.Pending counter = buyersCounter(TRADE);
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> counter.decline(BUYER, TRADE, LATER))
        .withMessage("You cannot decline your own proposal.");
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> counter.decline(OTHER, TRADE, LATER))
        .withMessage("This proposal is addressed to someone else.");
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> counter.decline(OWNER, TRADE, counter.offer().expiresAt()))
        .withMessageStartingWith("This proposal expired at ");
  }

  // --- counter ---

  @Test
  void aBuyersCounter_isAddressedToTheOwnerAndLeavesTheOpenOfferOpenToOthers() {
    Proposal.Pending offer = ownersOffer(TRADE);
    Proposal.Countering countering =
        offer.counter(BUYERS_COUNTER, BUYER, TRADE, otherTerms(), " Lower? ", LATER, TTL);

    Offer counter = countering.counter().offer();
    assertThat(counter.id()).isEqualTo(BUYERS_COUNTER);
    assertThat(counter.trade()).isEqualTo(TRADE.id());
    assertThat(counter.author()).isEqualTo(BUYER);
    assertThat(counter.addressee()).contains(OWNER);
    assertThat(counter.counterTo()).contains(OWNERS_OFFER);
    assertThat(counter.terms()).isEqualTo(otherTerms());
    assertThat(counter.note()).isEqualTo("Lower?");
    assertThat(counter.createdAt()).isEqualTo(LATER);
    assertThat(counter.expiresAt()).isEqualTo(LATER.plus(TTL));

    assertThat(countering.answered()).isSameAs(offer);
    assertThat(offer.accept(OTHER, TRADE, LATER).acceptedBy())
        .as("another buyer may still take the open offer")
        .isEqualTo(OTHER);
  }

  @Test
  void theOwnersCounterToABuyer_isAddressedBackAndAnswersTheBuyersProposal() {
    Proposal.Pending buyers = buyersCounter(TRADE);
    Proposal.Countering countering =
        buyers.counter(OWNERS_COUNTER, OWNER, TRADE, terms(), "", LATER, TTL);

    assertThat(countering.counter().offer().author()).isEqualTo(OWNER);
    assertThat(countering.counter().offer().addressee()).contains(BUYER);
    assertThat(countering.counter().offer().counterTo()).contains(BUYERS_COUNTER);
    assertThat(countering.answered())
        .isEqualTo(new Proposal.Countered(buyers.offer(), OWNERS_COUNTER, LATER));
  }

  @Test
  void countering_isRefusedToTheAuthorToOthersAndAfterExpiry() {
    Proposal.Pending buyers = buyersCounter(TRADE);
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> buyers.counter(OWNERS_COUNTER, BUYER, TRADE, terms(), "", LATER, TTL))
        .withMessage("You cannot counter your own proposal.");
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(
            () -> ownersOffer(TRADE).counter(OWNERS_COUNTER, OWNER, TRADE, terms(), "", LATER, TTL))
        .withMessage("You cannot counter your own proposal.");
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> buyers.counter(OWNERS_COUNTER, OTHER, TRADE, terms(), "", LATER, TTL));
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(
            () ->
                buyers.counter(
                    OWNERS_COUNTER, OWNER, TRADE, terms(), "", buyers.offer().expiresAt(), TTL));
  }

  // --- withdraw and close ---

  @Test
  void theAuthor_withdrawsTheirProposal() {
    Proposal.Pending counter = buyersCounter(TRADE);
    Proposal.Withdrawn withdrawn = counter.withdraw(BUYER, LATER);
    assertThat(withdrawn.offer()).isEqualTo(counter.offer());
    assertThat(withdrawn.withdrawnAt()).isEqualTo(LATER);
    assertThat(ownersOffer(TRADE).withdraw(OWNER, LATER).withdrawnAt()).isEqualTo(LATER);
  }

  @Test
  void onlyTheAuthor_withdrawsAProposal() {
    Proposal.Pending counter = buyersCounter(TRADE);
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> counter.withdraw(OWNER, LATER))
        .withMessage("Only its author can cancel a proposal.");
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> ownersOffer(TRADE).withdraw(BUYER, LATER));
  }

  @Test
  void anExpiredProposal_cannotBeWithdrawn() {
    Proposal.Pending offer = ownersOffer(TRADE);
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> offer.withdraw(OWNER, EXPIRY))
        .withMessageStartingWith("This proposal expired at ");
  }

  @Test
  void closing_endsAPendingProposalWithItsReason() {
    Proposal.Pending offer = ownersOffer(TRADE);
    Proposal.Closed closed = offer.close(Trade.CANCELLED, LATER);
    assertThat(closed.offer()).isEqualTo(offer.offer());
    assertThat(closed.reason()).isEqualTo(Trade.CANCELLED);
    assertThat(closed.closedAt()).isEqualTo(LATER);
  }
}
