package dev.motorhub.application.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.garage.UpdateVehicle;
import dev.motorhub.application.garage.VehicleForm;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestMatching;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Buyers are told of open trades that newly fit their searches, once per search and trade, never of
 * their own, a cancelled one, or one of someone they blocked: whatever brought the trade in (a new
 * trade, a price or a vehicle that changed, a search saved, changed or resumed), in the app, and by
 * SMS too when the search asks for it.
 */
class NotifyNewMatchesTest {
  private final TestTrading t = TestTrading.start();

  private Preference search(Principal buyer, String name) {
    return t.motorhub
        .matching()
        .savePreference()
        .save(buyer, TestMatching.saleSearch(name, "10000.00"));
  }

  /** A sale of a Toyota from 2018 to 2022 (all required), texted when {@code sms}. */
  private Preference toyotaSearch(Principal buyer, boolean sms) {
    return t.motorhub
        .matching()
        .savePreference()
        .save(
            buyer,
            new PreferenceForm(
                "A recent Toyota",
                "sale",
                List.of("toyota"),
                null,
                "2018",
                "2022",
                "10000.00",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("trade_kind", "brands", "year", "price"),
                Map.of(),
                sms,
                Set.of(
                    "name",
                    "trade_kind",
                    "brands",
                    "year_min",
                    "year_max",
                    "price_max",
                    "required",
                    "notify_sms")));
  }

  private List<SmsMessage> texts() {
    return t.motorhub
        .store()
        .transactions()
        .inTransaction(
            () -> t.motorhub.store().smsOutbox().list(Optional.empty(), PageRequest.first(50)))
        .items();
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

  @Test
  void aNewTrade_isToldToTheSearchesItFits_once_inTheApp_andBySmsWhereAsked() {
    toyotaSearch(t.bruno, true);
    toyotaSearch(t.carla, false);
    Trade.Open corolla = onSale(t.olive, "Corolla", "9000.00");
    onSale(t.olive, "Axio", "12000.00"); // over the price both require

    assertThat(sweep()).isEqualTo(2);
    assertThat(sweep()).isZero();

    assertThat(toldOf(t.bruno)).containsExactly(corolla.id().value());
    assertThat(toldOf(t.carla)).containsExactly(corolla.id().value());
    assertThat(texts())
        .singleElement()
        .satisfies(
            sms -> {
              assertThat(sms.text())
                  .isEqualTo(
                      "Motorhub: a Toyota Corolla 2019 at USD 9000.00 fits your search"
                          + " A recent Toyota.");
              assertThat(sms.subjectId()).isEqualTo(corolla.id().value());
            });
  }

  @Test
  void aSearchSavedAfterTheTrade_isToldOfIt() {
    Trade.Open corolla = onSale(t.olive, "Corolla", "9000.00");
    assertThat(sweep()).isZero();

    search(t.bruno, "A car to buy");

    assertThat(sweep()).isEqualTo(1);
    assertThat(toldOf(t.bruno)).containsExactly(corolla.id().value());
  }

  @Test
  void aSearchResumedOrChanged_isToldOfWhatItNowFits_andNothingTwice() {
    Preference paused = search(t.bruno, "A car to buy");
    t.motorhub.matching().pausePreference().set(t.bruno, paused.id(), true);
    Trade.Open corolla = onSale(t.olive, "Corolla", "9000.00");
    Trade.Open dear = onSale(t.olive, "Camry", "15000.00");
    assertThat(sweep()).isZero();

    t.motorhub.matching().pausePreference().set(t.bruno, paused.id(), false);
    assertThat(sweep()).isEqualTo(1);

    t.motorhub
        .matching()
        .changePreference()
        .change(t.bruno, paused.id(), TestMatching.saleSearch("A car to buy", "20000.00"));
    assertThat(sweep()).isEqualTo(1);
    assertThat(toldOf(t.bruno)).containsExactlyInAnyOrder(corolla.id().value(), dear.id().value());
  }

  @Test
  void aVehicleChangedIntoTheSearch_isTold() {
    toyotaSearch(t.bruno, false);
    Trade.Open old = t.trade(t.olive, "Toyota", "Corolla", 2012, t.sale);
    t.offer(t.olive, old, "9000.00");
    assertThat(sweep()).isZero();

    t.motorhub
        .garage()
        .updateVehicle()
        .update(
            new UpdateVehicle.Command(
                t.olive,
                old.vehicle(),
                new VehicleForm(null, null, "2019", null, null, null, null, null),
                false));

    assertThat(sweep()).isEqualTo(1);
    assertThat(toldOf(t.bruno)).containsExactly(old.id().value());
  }

  @Test
  void anOfferTakenBack_bringsBackTheEarlierPrice_andIsTold() {
    search(t.bruno, "A car to buy");
    Trade.Open corolla = onSale(t.olive, "Corolla", "9000.00");
    Proposal.Pending dearer = t.offer(t.olive, corolla, "15000.00");
    assertThat(sweep()).isZero();

    t.withdraw(t.olive, dearer);

    assertThat(sweep()).isEqualTo(1);
    assertThat(toldOf(t.bruno)).containsExactly(corolla.id().value());
  }

  @Test
  void aTradeClosedBeforeTheRun_isNeverTold_andTheQueueEmpties() {
    search(t.bruno, "A car to buy");
    Trade.Open corolla = onSale(t.olive, "Corolla", "9000.00");
    t.cancel(t.olive, corolla);

    assertThat(sweep()).isZero();
    assertThat(
            t.motorhub
                .store()
                .transactions()
                .inTransaction(() -> t.motorhub.store().changeQueue().claim(10)))
        .isEmpty();
  }
}
