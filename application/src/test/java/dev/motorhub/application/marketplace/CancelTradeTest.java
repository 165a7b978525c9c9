package dev.motorhub.application.marketplace;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The owner or staff take a vehicle off the market while nothing is accepted. */
class CancelTradeTest {
  private final TestTrading market = TestTrading.start();
  private Trade.Open trade;
  private Proposal.Pending offer;
  private Proposal.Pending brunos;

  @BeforeEach
  void oliveNegotiatesWithBruno() {
    trade = market.trade(market.olive, market.lease);
    offer = market.offer(market.olive, trade, "12000.00");
    brunos = market.counter(market.bruno, offer, "11000.00");
  }

  @Test
  void theOwnerCancels_andEveryPendingProposalCloses_sayingWhy() {
    market.clock.advance(Duration.ofMinutes(5));

    Trade.Cancellation cancellation = market.cancel(market.olive, trade);

    assertThat(cancellation.trade().cancelledAt()).isEqualTo(market.clock.instant());
    assertThat(cancellation.closed())
        .extracting(Proposal::id)
        .containsExactly(offer.id(), brunos.id());
    assertThat(cancellation.closed())
        .allSatisfy(closed -> assertThat(closed.reason()).isEqualTo(Trade.CANCELLED));
    assertThat(market.reread(trade)).isInstanceOf(Trade.Cancelled.class);
    assertThat(market.reread(brunos)).isInstanceOf(Proposal.Closed.class);
  }

  @Test
  void proposalsAnsweredAlready_keepWhatBecameOfThem() {
    Proposal.Pending carlas = market.counter(market.carla, offer, "10000.00");
    market.decline(market.olive, carlas);
    market.withdraw(market.bruno, brunos);

    Trade.Cancellation cancellation = market.cancel(market.olive, trade);

    assertThat(cancellation.closed()).extracting(Proposal::id).containsExactly(offer.id());
    assertThat(market.reread(carlas)).isInstanceOf(Proposal.Declined.class);
    assertThat(market.reread(brunos)).isInstanceOf(Proposal.Withdrawn.class);
  }

  @Test
  void staffMayCancelAnyTrade_andTheOwnerIsTold() {
    assertThat(market.cancel(market.staff, trade).trade().owner())
        .isEqualTo(market.olive.actor().id());
    assertThat(market.inbox(market.olive))
        .filteredOn(n -> n.kind() == NotificationKind.TRADE_CANCELLED)
        .singleElement()
        .satisfies(n -> assertThat(n.subjectId()).isEqualTo(trade.id().value()));
  }

  @Test
  void anOwnerCancellingTheirTrade_isNotToldOfIt() {
    market.cancel(market.olive, trade);

    assertThat(market.inbox(market.olive))
        .noneMatch(n -> n.kind() == NotificationKind.TRADE_CANCELLED);
  }

  @Test
  void anotherCustomer_mayNotCancel() {
    refused(Forbidden.class, () -> market.cancel(market.bruno, trade));

    assertThat(market.reread(trade)).isInstanceOf(Trade.Open.class);
    assertThat(market.reread(brunos)).isInstanceOf(Proposal.Pending.class);
  }

  @Test
  void aCancelledTrade_cannotBeCancelledAgain_norTakeProposals() {
    market.cancel(market.olive, trade);

    assertThat(refused(RuleViolated.class, () -> market.cancel(market.olive, trade)))
        .hasMessage("This trade is cancelled.");
    refused(RuleViolated.class, () -> market.offer(market.olive, trade, "9000.00"));
    refused(NotFound.class, () -> market.cancel(market.bruno, trade));
  }

  @Test
  void aClosedTrade_cannotBeCancelled() {
    market.accept(market.olive, brunos);

    assertThat(refused(RuleViolated.class, () -> market.cancel(market.olive, trade)))
        .hasMessage("This trade is closed.");
    assertThat(market.reread(trade)).isInstanceOf(Trade.Closed.class);
  }

  @Test
  void theExposureInvoice_staysWhenALeaseTradeIsCancelled() {
    market.cancel(market.olive, trade);

    assertThat(market.invoicesOf(market.olive)).singleElement();
  }

  @Test
  void anUnknownTrade_isNotFound() {
    refused(
        NotFound.class,
        () ->
            market
                .motorhub
                .marketplace()
                .cancelTrade()
                .cancel(new CancelTrade.Command(market.olive, new TradeId(UUID.randomUUID()))));
  }
}
