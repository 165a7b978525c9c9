package dev.motorhub.application.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.memory.InMemoryStore;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.MatchScoring;
import dev.motorhub.domain.shared.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The matches a buyer pages through when the store ranks each search's best (the default scoring)
 * are those of scoring every candidate in Java (a replaced scoring, here the same one subclassed):
 * the same trades, scores, searches and order, page after page, mutual or not, whatever the
 * threshold and page size, trades fitting several searches listed once.
 */
class MatchPagesTest {
  private final InMemoryStore store = new InMemoryStore();
  private final TestClock clock = TestClock.start();
  private final Motorhub ranked = TestMotorhub.builder(store, clock).build();
  private final Motorhub scoredInJava =
      TestMotorhub.builder(store, clock).matchScoring(new MatchScoring() {}).build();
  private final TestTrading t = TestTrading.on(clock, ranked);

  private static PreferenceForm search(
      String name,
      String kind,
      List<String> models,
      String yearMin,
      String yearMax,
      String priceMax,
      String instalmentMax,
      List<String> required,
      Map<String, String> weights) {
    return new PreferenceForm(
        name,
        kind,
        null,
        models,
        yearMin,
        yearMax,
        priceMax,
        instalmentMax,
        null,
        null,
        null,
        null,
        null,
        null,
        required,
        weights,
        null,
        Set.of(
            "name",
            "trade_kind",
            "models",
            "year_min",
            "year_max",
            "price_max",
            "instalment_max",
            "required",
            "weights"));
  }

  private record Row(String trade, int score, String search) {}

  private static List<Row> all(
      Motorhub motorhub, Principal buyer, String min, String mutual, int n) {
    List<Row> rows = new ArrayList<>();
    String cursor = null;
    do {
      Page<Match> page =
          motorhub
              .matching()
              .findMatches()
              .find(buyer, new FindMatches.Query(min, mutual, "" + n, cursor));
      for (Match m : page.items()) {
        rows.add(
            new Row(
                m.subject().trade().id().toString(), m.score(), m.preference().id().toString()));
      }
      cursor = page.nextCursor().orElse(null);
    } while (cursor != null);
    return rows;
  }

  @Test
  void rankedByTheStore_orScoredInJava_theBuyerPagesThroughTheSameMatches() {
    var save = ranked.matching().savePreference();
    save.save(
        t.bruno,
        search(
            "Recent sale",
            "sale",
            null,
            "2017",
            null,
            "10000.00",
            null,
            List.of(),
            Map.of("price", "3", "year", "2")));
    save.save(
        t.bruno,
        search(
            "Corolla or Camry",
            null,
            List.of("corolla", "camry"),
            null,
            "2019",
            null,
            null,
            List.of(),
            Map.of("models", "4")));
    save.save(
        t.bruno,
        search(
            "A lease", "lease", null, null, null, null, "500.00", List.of("trade_kind"), Map.of()));
    String[] models = {"Corolla", "Camry", "Vitz", "Demio"};
    for (int i = 0; i < 18; i++) {
      Principal owner = i % 3 == 0 ? t.carla : t.olive;
      Trade.Open trade =
          t.trade(owner, "Toyota", models[i % 4], 2014 + i % 9, i % 4 == 3 ? t.lease : t.sale);
      if (i % 5 != 4) {
        t.offer(owner, trade, "" + (5000 + 700 * i) + ".00");
      }
    }

    for (String min : new String[] {"0", "50", "70", "100"}) {
      for (String mutual : new String[] {"false", "true"}) {
        List<Row> expected = all(scoredInJava, t.bruno, min, mutual, 100);
        for (int n : new int[] {1, 2, 5}) {
          assertThat(all(ranked, t.bruno, min, mutual, n))
              .as("min_score %s, mutual %s, %d a page", min, mutual, n)
              .isEqualTo(expected);
        }
        if (min.equals("0")) {
          assertThat(expected).hasSizeGreaterThan(10);
        }
      }
    }
  }
}
