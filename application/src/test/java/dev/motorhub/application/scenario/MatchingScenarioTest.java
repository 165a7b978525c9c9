package dev.motorhub.application.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.matching.BlockUser;
import dev.motorhub.application.matching.FindMatches;
import dev.motorhub.application.matching.Match;
import dev.motorhub.application.matching.PreferenceForm;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.Explanation;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Matching as a buyer lives it, over the in-memory store: staff keep the catalogue, Bruno saves a
 * search, Olive's trades appear, Bruno's matches come best first with why, and a paused search or a
 * cancelled trade matches nothing.
 */
class MatchingScenarioTest {
  private final TestTrading t = TestTrading.start();

  private static PreferenceForm search(String name, List<String> brands, String priceMax) {
    return new PreferenceForm(
        name,
        "sale",
        brands,
        null,
        "2015",
        null,
        priceMax,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of("trade_kind", "brands"),
        Map.of("price", "3"),
        null,
        Set.of("name", "trade_kind", "brands", "year_min", "price_max", "required", "weights"));
  }

  private Page<Match> matchesOf(Principal buyer, String minScore) {
    return t.motorhub
        .matching()
        .findMatches()
        .find(buyer, new FindMatches.Query(minScore, null, null));
  }

  @Test
  void aBuyersSearch_findsTheOpenTradesThatFit_bestFirst_withWhy() {
    var matching = t.motorhub.matching();
    matching.addCatalogueValue().add(t.staff, "brand", "toyota", "Toyota");
    matching.addCatalogueValue().add(t.staff, "brand", "mazda", "Mazda");
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () -> matching.savePreference().save(t.bruno, search("x", List.of("lada"), null)))
        .satisfies(e -> assertThat(e.errors()).containsKey("brands"));

    Preference saved =
        matching.savePreference().save(t.bruno, search("A Toyota", List.of("toyota"), "10000.00"));
    Trade.Open cheap = t.trade(t.olive, "Toyota", "Corolla", 2019, t.sale);
    t.offer(t.olive, cheap, "9000.00");
    Trade.Open dear = t.trade(t.olive, "Toyota", "Camry", 2020, t.sale);
    t.offer(t.olive, dear, "12000.00");
    t.trade(t.olive, "Mazda", "Demio", 2019, t.sale);
    t.trade(t.olive, "Toyota", "Vitz", 2019, t.lease);
    t.trade(t.bruno, "Toyota", "Axio", 2019, t.sale);

    List<Match> all = matchesOf(t.bruno, "0").items();
    assertThat(all).extracting(m -> m.subject().trade().id()).startsWith(cheap.id());
    assertThat(all).extracting(m -> m.subject().trade().id()).contains(dear.id()).hasSize(2);
    Match best = all.getFirst();
    assertThat(best.score()).isEqualTo(100);
    assertThat(best.preference().id()).isEqualTo(saved.id());
    assertThat(best.explanations())
        .extracting(Explanation::text)
        .contains("brand matches", "price 10% under your ceiling");
    assertThat(matchesOf(t.bruno, null).items())
        .extracting(m -> m.subject().trade().id())
        .containsExactly(cheap.id());

    matching.pausePreference().set(t.bruno, saved.id(), true);
    assertThat(matchesOf(t.bruno, "0").items()).isEmpty();
    matching.pausePreference().set(t.bruno, saved.id(), false);
    t.cancel(t.olive, cheap);
    assertThat(matchesOf(t.bruno, "0").items())
        .extracting(m -> m.subject().trade().id())
        .containsExactly(dear.id());
  }

  @Test
  void aSellerWhoBlockedTheBuyer_orWasBlocked_isHiddenFromTheBuyersMatches() {
    t.motorhub.matching().savePreference().save(t.bruno, search("Any sale", List.of(), "10000.00"));
    Trade.Open olives = t.trade(t.olive, "Toyota", "Corolla", 2019, t.sale);
    t.offer(t.olive, olives, "9000.00");
    Trade.Open carlas = t.trade(t.carla, "Toyota", "Corolla", 2019, t.sale);
    t.offer(t.carla, carlas, "9000.00");
    assertThat(matchesOf(t.bruno, "0").items())
        .extracting(m -> m.subject().trade().id())
        .containsExactlyInAnyOrder(olives.id(), carlas.id());

    t.motorhub
        .interests()
        .blockUser()
        .block(new BlockUser.Command(t.olive, t.bruno.actor().id().toString()));
    t.motorhub
        .interests()
        .blockUser()
        .block(new BlockUser.Command(t.bruno, t.carla.actor().id().toString()));

    assertThat(matchesOf(t.bruno, "0").items()).isEmpty();
  }
}
