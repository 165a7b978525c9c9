package dev.motorhub.application.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationKind;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The expiry sweep: pending proposals past their time are stored expired and their parties told.
 */
class ExpireProposalsTest {
  private static final Duration TTL = Duration.ofDays(7);

  private final TestTrading market = TestTrading.start();
  private Trade.Open trade;
  private Proposal.Pending offer;

  @BeforeEach
  void oliveOffersHerCarForSale() {
    trade = market.trade(market.olive, market.sale);
    offer = market.offer(market.olive, trade, "9000.00");
  }

  private int sweep() {
    return market.motorhub.sweeps().expireProposals().expire();
  }

  private List<Notification> expiryNotices(Principal user) {
    return market.inbox(user).stream()
        .filter(n -> n.kind() == NotificationKind.PROPOSAL_EXPIRED)
        .toList();
  }

  @Test
  void beforeItsTime_aProposalStaysPending() {
    market.clock.advance(TTL.minusSeconds(1));

    assertThat(sweep()).isZero();

    assertThat(market.reread(offer)).isInstanceOf(Proposal.Pending.class);
    assertThat(market.reread(offer).status(market.clock.instant())).isEqualTo("pending");
    assertThat(expiryNotices(market.olive)).isEmpty();
  }

  @Test
  void atItsTime_anOpenOfferIsStoredExpired_andItsAuthorIsTold() {
    market.clock.advance(TTL);

    assertThat(sweep()).isEqualTo(1);

    assertThat(market.reread(offer))
        .isInstanceOfSatisfying(
            Proposal.Expired.class,
            e -> assertThat(e.expiredAt()).isEqualTo(market.clock.instant()));
    assertThat(market.reread(offer).status(market.clock.instant())).isEqualTo("expired");
    assertThat(expiryNotices(market.olive))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.subjectType()).isEqualTo("proposal");
              assertThat(n.subjectId()).isEqualTo(offer.id().value());
              assertThat(n.message()).startsWith("Your proposal expired unanswered: 9000.00 USD");
            });
  }

  @Test
  void aCounterProposalsAuthorAndAddressee_areBothTold() {
    market.clock.advance(Duration.ofDays(1));
    Proposal.Pending counter = market.counter(market.bruno, offer, "8500.00");
    market.clock.advance(TTL);

    assertThat(sweep()).isEqualTo(2);

    assertThat(market.reread(counter)).isInstanceOf(Proposal.Expired.class);
    assertThat(expiryNotices(market.bruno))
        .singleElement()
        .satisfies(n -> assertThat(n.message()).startsWith("Your proposal expired unanswered"));
    assertThat(expiryNotices(market.olive))
        .extracting(Notification::message)
        .anySatisfy(m -> assertThat(m).startsWith("A proposal to you expired unanswered"))
        .hasSize(2);
  }

  @Test
  void aRerun_expiresNothingMore_andTellsNobodyAgain() {
    market.clock.advance(TTL.plusHours(1));
    sweep();
    market.clock.advance(Duration.ofDays(1));

    assertThat(sweep()).isZero();

    assertThat(expiryNotices(market.olive)).hasSize(1);
  }

  @Test
  void proposalsAnsweredOrClosedWithTheirTrade_areLeftAsTheyAre() {
    Proposal.Pending counter = market.counter(market.bruno, offer, "8800.00");
    Proposal.Declined declined = market.decline(market.olive, counter);
    Trade.Open other = market.trade(market.olive, market.lease);
    Proposal.Pending closedWithTrade = market.offer(market.olive, other, "7000.00");
    market.cancel(market.olive, other);
    market.clock.advance(TTL.multipliedBy(2));

    assertThat(sweep()).isEqualTo(1); // Olive's first offer alone

    assertThat(market.reread(declined)).isInstanceOf(Proposal.Declined.class);
    assertThat(market.reread(closedWithTrade)).isInstanceOf(Proposal.Closed.class);
    assertThat(expiryNotices(market.bruno)).isEmpty();
  }

  @Test
  void aTradeThatClosesAfterAProposalsTime_leavesItExpired_notClosed_forTheSweepToStore() {
    market.clock.advance(TTL.plusDays(1));
    Proposal.Pending second = market.offer(market.olive, trade, "8900.00");

    Trade.Acceptance deal = market.accept(market.bruno, second);

    assertThat(deal.closed()).isEmpty();
    assertThat(market.reread(offer).status(market.clock.instant())).isEqualTo("expired");
    assertThat(sweep()).isEqualTo(1);
    assertThat(market.reread(offer)).isInstanceOf(Proposal.Expired.class);
    assertThat(market.reread(second)).isInstanceOf(Proposal.Accepted.class);
    assertThat(expiryNotices(market.olive)).hasSize(1);
  }

  @Test
  void oneCallExpiresOneBatch_theNextTheRest() {
    IntStream.range(0, ExpireProposals.BATCH)
        .forEach(i -> market.offer(market.olive, trade, (9001 + i) + ".00"));
    market.clock.advance(TTL);

    assertThat(sweep()).isEqualTo(ExpireProposals.BATCH);
    assertThat(sweep()).isEqualTo(1);
    assertThat(sweep()).isZero();
  }
}
