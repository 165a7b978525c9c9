package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.contract.Rivals;
import dev.motorhub.application.garage.UpdateVehicle;
import dev.motorhub.application.marketplace.OpenTrade;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestGarage;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.garage.Custody;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.marketplace.Handover;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.Failure;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sale's vehicle on a real PostgreSQL: of twenty handovers at once exactly one moves it; a sale
 * agreed while its seller changes the vehicle and tries to trade it again loses no change, lets no
 * new trade in, and answers every rival with a failure of the core, never a server error.
 */
class HandoverConcurrencyTest {
  private static final int RIVALS = 20;

  private final TestClock clock = TestClock.start();
  private PostgresStore store;
  private TestTrading market;

  @BeforeEach
  void aMarketOnPostgres() {
    PostgresTestDatabase.emptyStore();
    store = PostgresStore.connect(PostgresTestDatabase.url(), RIVALS + 2);
    Motorhub motorhub = TestMotorhub.builder(store, clock).build();
    market = TestTrading.on(clock, motorhub);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void twentyHandoversAtOnce_byTheSellerAndStaff_moveTheVehicleOnce() throws Exception {
    Trade.Closed sale = market.sold(market.bruno);
    long version = market.reread(sale).version();

    List<String> answers =
        race(i -> () -> market.handOver(i % 2 == 0 ? market.olive : market.staff, sale.id()));

    assertThat(answers).containsOnlyOnce("done").containsOnly("done", "rule_violated");
    Trade.Closed after = (Trade.Closed) market.reread(sale);
    assertThat(after.handover()).isInstanceOf(Handover.Done.class);
    assertThat(after.version()).isEqualTo(version + 1);
    Vehicle moved = market.vehicleOf(sale);
    assertThat(moved.owner()).isEqualTo(market.bruno.actor().id());
    assertThat(moved.custody()).isEqualTo(Custody.KEPT);
    assertThat(market.inbox(market.bruno))
        .filteredOn(n -> n.kind() == NotificationKind.VEHICLE_HANDED_OVER)
        .hasSize(1);
  }

  @Test
  void aSaleAgreedWhileTheSellerChangesAndRetradesTheVehicle_losesNothing_andLetsNoTradeIn()
      throws Exception {
    Trade.Open trade = market.trade(market.olive, market.sale);
    Proposal.Pending offer = market.offer(market.olive, trade, "8000.00");
    long mileage = market.vehicleOf(trade).details().mileage();

    // One rival takes the offer; the others change the car's mileage or put it up for lease.
    List<String> answers =
        race(
            i ->
                () ->
                    switch (i % 3) {
                      case 0 -> i == 0 ? market.accept(market.bruno, offer) : retrade(trade);
                      case 1 -> changeMileage(trade, i);
                      default -> retrade(trade);
                    });

    assertThat(answers.getFirst()).isEqualTo("done");
    assertThat(answers).isSubsetOf("done", "rule_violated", "conflict");
    assertThat(IntStream.range(1, RIVALS).filter(i -> i % 3 != 1).mapToObj(answers::get))
        .as("no new trade of the car")
        .doesNotContain("done");
    Vehicle sold = market.vehicleOf(trade);
    assertThat(sold.custody()).isEqualTo(new Custody.Sold(market.bruno.actor().id()));
    List<Long> changedTo =
        IntStream.range(0, RIVALS)
            .filter(i -> i % 3 == 1 && answers.get(i).equals("done"))
            .mapToObj(i -> i * 1000L)
            .toList();
    assertThat(sold.details().mileage()).isIn(changedTo.isEmpty() ? List.of(mileage) : changedTo);
  }

  private Object changeMileage(Trade trade, int rival) {
    return market
        .motorhub
        .garage()
        .updateVehicle()
        .update(
            new UpdateVehicle.Command(
                market.olive,
                trade.vehicle(),
                TestGarage.changes(String.valueOf(rival * 1000), null),
                false));
  }

  private Object retrade(Trade trade) {
    return market
        .motorhub
        .marketplace()
        .openTrade()
        .open(new OpenTrade.Command(market.olive, trade.vehicle(), market.lease.id()));
  }

  /** Runs {@link #RIVALS} works at once; each answers {@code done} or its failure's code. */
  private static List<String> race(IntFunction<Supplier<?>> rival) throws Exception {
    return Rivals.race(RIVALS, i -> () -> outcome(rival.apply(i)));
  }

  /** {@code done}, or the code of the core's failure; anything else fails the race. */
  private static String outcome(Supplier<?> work) {
    try {
      work.get();
      return "done";
    } catch (Failure refused) {
      return refused.code();
    }
  }
}
