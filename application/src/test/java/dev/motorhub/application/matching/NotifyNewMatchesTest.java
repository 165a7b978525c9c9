package dev.motorhub.application.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestMatching;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Buyers are told of open trades that newly fit their searches, once per search and trade, never of
 * their own, a cancelled one, or one of someone they blocked.
 */
class NotifyNewMatchesTest {
  private final TestTrading t = TestTrading.start();

  private void search(Principal buyer, String name) {
    t.motorhub.matching().savePreference().save(buyer, TestMatching.saleSearch(name, "10000.00"));
  }

  private Trade.Open onSale(Principal owner, String model, String price) {
    Trade.Open trade = t.trade(owner, "Toyota", model, 2019, t.sale);
    t.offer(owner, trade, price);
    return trade;
  }

  private int sweep() {
    return t.motorhub.matching().notifyNewMatches().notifyBuyers();
  }

  private List<UUID> toldOf(Principal who) {
    return t
        .motorhub
        .notifications()
        .viewNotifications()
        .inbox(who, PageRequest.first(50))
        .page()
        .items()
        .stream()
        .filter(n -> n.kind() == NotificationKind.NEW_MATCH)
        .map(Notification::subjectId)
        .toList();
  }

  @Test
  void aTradeThatFits_isToldOnce_andANewOneAfterIt() {
    search(t.bruno, "A car to buy");
    Trade.Open corolla = onSale(t.olive, "Corolla", "9000.00");

    assertThat(sweep()).isEqualTo(1);
    assertThat(sweep()).isZero();
    assertThat(toldOf(t.bruno)).containsExactly(corolla.id().value());

    Trade.Open axio = onSale(t.olive, "Axio", "8000.00");
    assertThat(sweep()).isEqualTo(1);
    assertThat(toldOf(t.bruno)).containsExactlyInAnyOrder(corolla.id().value(), axio.id().value());
    assertThat(toldOf(t.olive)).isEmpty();
  }

  @Test
  void aTradeOutOfRange_isNotTold_untilItsPriceComesIntoRange() {
    search(t.bruno, "A car to buy");
    Trade.Open dear = onSale(t.olive, "Camry", "15000.00");
    assertThat(sweep()).isZero();

    t.offer(t.olive, dear, "9500.00");

    assertThat(sweep()).isEqualTo(1);
    assertThat(toldOf(t.bruno)).containsExactly(dear.id().value());
  }

  @Test
  void aCancelledTrade_aBlockedSeller_andOnesOwnTrade_areNeverTold() {
    search(t.bruno, "A car to buy");
    Trade.Open cancelled = onSale(t.olive, "Corolla", "9000.00");
    t.cancel(t.olive, cancelled);
    onSale(t.carla, "Axio", "9000.00");
    t.motorhub
        .interests()
        .blockUser()
        .block(new BlockUser.Command(t.carla, t.bruno.actor().id().toString()));
    onSale(t.bruno, "Vitz", "9000.00");

    assertThat(sweep()).isZero();
    assertThat(toldOf(t.bruno)).isEmpty();
  }

  @Test
  void twoSearchesThatFitOneTrade_areEachToldOfIt() {
    search(t.bruno, "A car to buy");
    search(t.bruno, "Another");
    Trade.Open corolla = onSale(t.olive, "Corolla", "9000.00");

    assertThat(sweep()).isEqualTo(2);
    assertThat(toldOf(t.bruno)).containsExactly(corolla.id().value(), corolla.id().value());
  }
}
