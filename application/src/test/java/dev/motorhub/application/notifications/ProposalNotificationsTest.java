package dev.motorhub.application.notifications;

import static dev.motorhub.domain.notifications.NotificationKind.PROPOSAL_ACCEPTED;
import static dev.motorhub.domain.notifications.NotificationKind.PROPOSAL_CANCELLED;
import static dev.motorhub.domain.notifications.NotificationKind.PROPOSAL_CLOSED;
import static dev.motorhub.domain.notifications.NotificationKind.PROPOSAL_DECLINED;
import static dev.motorhub.domain.notifications.NotificationKind.PROPOSAL_RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationKind;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every proposal event tells the other party, in their inbox, what happened and to which. */
class ProposalNotificationsTest {
  private final TestTrading market = TestTrading.start();
  private Trade.Open trade;
  private Proposal.Pending offer;

  @BeforeEach
  void oliveOffersHerCarForSale() {
    trade = market.trade(market.olive, market.sale);
    offer = market.offer(market.olive, trade, "12000.00");
  }

  /** What {@code user} was told about proposals, oldest first: kinds and proposals. */
  private List<Tuple> told(Principal user) {
    return market.inbox(user).reversed().stream()
        .filter(n -> n.subjectType().equals("proposal"))
        .map(n -> tuple(n.kind(), n.subjectId()))
        .toList();
  }

  private static Tuple about(NotificationKind kind, Proposal proposal) {
    return tuple(kind, proposal.id().value());
  }

  @Test
  void anOpenOffer_toldNobody_asNobodyNegotiatesYet() {
    for (Principal who : List.of(market.olive, market.bruno, market.carla, market.staff)) {
      assertThat(told(who)).isEmpty();
    }
  }

  @Test
  void aCounter_isToldToItsAddressee_only() {
    Proposal.Pending brunos = market.counter(market.bruno, offer, "11000.00");
    Proposal.Pending olives = market.counter(market.olive, brunos, "11500.00");

    assertThat(told(market.olive)).containsExactly(about(PROPOSAL_RECEIVED, brunos));
    assertThat(told(market.bruno)).containsExactly(about(PROPOSAL_RECEIVED, olives));
    assertThat(told(market.carla)).isEmpty();
    Notification notice = market.inbox(market.olive).getFirst();
    assertThat(notice.message())
        .isEqualTo(
            "You received a counter-proposal: 11000.00 USD, 1000.00 down, 12 monthly"
                + " instalment(s) of 833.34 over 365 days.");
    assertThat(notice.recipient()).isEqualTo(market.olive.actor().id());
    assertThat(notice.createdAt()).isEqualTo(market.clock.instant());
  }

  @Test
  void aDeal_isToldToTheAuthor_andTheOthersWhoseProposalsItClosed() {
    Proposal.Pending brunos = market.counter(market.bruno, offer, "11000.00");
    Proposal.Pending carlas = market.counter(market.carla, offer, "10500.00");
    Proposal.Pending olivesToCarla = market.counter(market.olive, carlas, "11200.00");
    Principal dan = market.customer("dan");
    Proposal.Pending dans = market.counter(dan, offer, "10000.00");

    market.accept(market.olive, brunos);

    assertThat(told(market.bruno)).containsExactly(about(PROPOSAL_ACCEPTED, brunos));
    assertThat(told(market.carla))
        .containsExactly(
            about(PROPOSAL_RECEIVED, olivesToCarla), about(PROPOSAL_CLOSED, olivesToCarla));
    assertThat(told(dan)).containsExactly(about(PROPOSAL_CLOSED, dans));
    assertThat(told(market.olive))
        .containsExactly(
            about(PROPOSAL_RECEIVED, brunos),
            about(PROPOSAL_RECEIVED, carlas),
            about(PROPOSAL_RECEIVED, dans));
    assertThat(market.inbox(dan).getFirst().message()).endsWith(Trade.ANOTHER_ACCEPTED);
  }

  @Test
  void aBuyerTakingTheOpenOffer_isToldToTheOwner() {
    market.accept(market.carla, offer);

    assertThat(told(market.olive)).containsExactly(about(PROPOSAL_ACCEPTED, offer));
    assertThat(told(market.carla)).isEmpty();
  }

  @Test
  void aDecline_isToldToTheAuthor() {
    Proposal.Pending brunos = market.counter(market.bruno, offer, "11000.00");

    market.decline(market.olive, brunos);

    assertThat(told(market.bruno)).containsExactly(about(PROPOSAL_DECLINED, brunos));
    assertThat(told(market.olive)).containsExactly(about(PROPOSAL_RECEIVED, brunos));
  }

  @Test
  void aCancelledCounter_isToldToItsAddressee() {
    Proposal.Pending brunos = market.counter(market.bruno, offer, "11000.00");
    Proposal.Pending olives = market.counter(market.olive, brunos, "11500.00");

    market.withdraw(market.olive, olives);

    assertThat(told(market.bruno))
        .containsExactly(about(PROPOSAL_RECEIVED, olives), about(PROPOSAL_CANCELLED, olives));
  }

  @Test
  void aCancelledOpenOffer_isToldToTheBuyersNegotiatingOnTheTrade() {
    market.counter(market.bruno, offer, "11000.00");
    market.counter(market.carla, offer, "10500.00");
    Principal dan = market.customer("dan");

    market.withdraw(market.olive, offer);

    assertThat(told(market.bruno)).containsExactly(about(PROPOSAL_CANCELLED, offer));
    assertThat(told(market.carla)).containsExactly(about(PROPOSAL_CANCELLED, offer));
    assertThat(told(dan)).isEmpty();
    assertThat(told(market.olive)).hasSize(2).doesNotContain(about(PROPOSAL_CANCELLED, offer));
  }

  @Test
  void aCancelledTrade_isToldToThePartiesOfTheProposalsItClosed_notTheOwner() {
    Proposal.Pending brunos = market.counter(market.bruno, offer, "11000.00");
    Proposal.Pending carlas = market.counter(market.carla, offer, "10500.00");
    Proposal.Pending olivesToCarla = market.counter(market.olive, carlas, "11200.00");

    market.cancel(market.olive, trade);

    assertThat(told(market.bruno)).containsExactly(about(PROPOSAL_CLOSED, brunos));
    assertThat(told(market.carla))
        .containsExactly(
            about(PROPOSAL_RECEIVED, olivesToCarla), about(PROPOSAL_CLOSED, olivesToCarla));
    assertThat(told(market.olive))
        .extracting(t -> t.toList().getFirst())
        .containsOnly(PROPOSAL_RECEIVED);
    assertThat(market.inbox(market.bruno).getFirst().message()).endsWith(Trade.CANCELLED);
  }

  @Test
  void theOwnersNewOffer_isToldToTheBuyersAlreadyNegotiating() {
    market.counter(market.bruno, offer, "11000.00");
    Principal dan = market.customer("dan");

    Proposal.Pending second = market.offer(market.olive, trade, "11800.00");

    assertThat(told(market.bruno)).containsExactly(about(PROPOSAL_RECEIVED, second));
    assertThat(market.inbox(market.bruno).getFirst().message())
        .startsWith("The owner made a new offer on a trade you are negotiating: 11800.00 USD");
    assertThat(told(market.carla)).isEmpty();
    assertThat(told(dan)).isEmpty();
  }
}
