package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.contract.Rivals;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.matching.InterestFilter;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMatching;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.Interest;
import dev.motorhub.domain.matching.InterestStatus;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Interests on a real PostgreSQL: of twenty interests of one buyer in one trade sent at once,
 * exactly one is pending; of twenty in twenty trades by a buyer allowed two a month, two pass; of
 * twenty accepts of one interest at once, exactly one opens a conversation. Every rival is answered
 * with a failure of the core, never a server error.
 */
class InterestsConcurrencyTest {
  private static final int RIVALS = 20;

  private final TestClock clock = TestClock.start();
  private PostgresStore store;
  private TestTrading market;

  @BeforeEach
  void aMarketOnPostgres_withBrunoOnAnUnlimitedPlan() {
    PostgresTestDatabase.emptyStore();
    store = PostgresStore.connect(PostgresTestDatabase.url(), RIVALS + 2);
    Motorhub motorhub = TestMotorhub.builder(store, clock).build();
    market = TestTrading.on(clock, motorhub);
    TestMatching.subscribe(
        motorhub,
        market.bruno,
        TestMatching.plan(motorhub, market.staff, "Unlimited", Optional.empty()));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void twentyInterestsAtOnce_ofOneBuyerInOneTrade_leaveOnePending() throws Exception {
    Trade.Open trade = market.trade(market.olive, market.lease);

    List<String> answers =
        race(() -> TestMatching.interest(market.motorhub, market.bruno, trade.id()));

    assertThat(answers).containsOnlyOnce("done").containsOnly("done", "conflict");
    List<Interest> sent =
        market
            .motorhub
            .interests()
            .viewInterests()
            .list(market.bruno, Optional.of("sent"), Optional.empty(), PageRequest.first(50))
            .items();
    assertThat(sent).singleElement().extracting(Interest::status).isEqualTo(InterestStatus.PENDING);
  }

  @Test
  void twentyInterestsAtOnce_ofABuyerOnAPlanOfTwoAMonth_inTwentyTrades_passTwo() throws Exception {
    Principal carla = market.carla;
    TestMatching.subscribe(
        market.motorhub,
        carla,
        TestMatching.plan(market.motorhub, market.staff, "Two a month", Optional.of(2)));
    List<Trade.Open> trades =
        IntStream.range(0, RIVALS).mapToObj(i -> market.trade(market.olive, market.lease)).toList();

    List<String> answers =
        Rivals.race(
            RIVALS,
            i ->
                () ->
                    Rivals.outcome(
                        () -> TestMatching.interest(market.motorhub, carla, trades.get(i).id())));

    assertThat(answers).filteredOn("done"::equals).hasSize(2);
    assertThat(answers).containsOnly("done", "rule_violated");
  }

  @Test
  void twentyAcceptsAtOnce_openOneConversation() throws Exception {
    Trade.Open trade = market.trade(market.olive, market.lease);
    Interest interest = TestMatching.interest(market.motorhub, market.bruno, trade.id());

    List<String> answers =
        race(() -> TestMatching.accept(market.motorhub, market.olive, interest.id()));

    assertThat(answers).containsOnlyOnce("done").containsOnly("done", "rule_violated");
    assertThat(
            market
                .motorhub
                .interests()
                .viewConversations()
                .list(market.olive, PageRequest.first(50))
                .items())
        .hasSize(1);
    assertThat(
            store
                .transactions()
                .inTransaction(
                    () ->
                        store
                            .interests()
                            .list(
                                new InterestFilter(
                                    market.olive.actor().id(), false, true, Optional.empty()),
                                PageRequest.first(5)))
                .items())
        .extracting(Interest::status)
        .containsExactly(InterestStatus.ACCEPTED);
  }

  /**
   * Runs {@link #RIVALS} copies of {@code work} at once; each answers its {@link Rivals#outcome}.
   */
  private static List<String> race(Supplier<?> work) throws Exception {
    return Rivals.race(RIVALS, i -> () -> Rivals.outcome(work));
  }
}
