package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.MatchingFixtures.preference;
import static dev.motorhub.application.contract.MatchingFixtures.saleOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.SearchCriteria;
import dev.motorhub.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * What every {@code PreferenceRepository} keeps: a saved search with all of its criteria as stored,
 * its owner's in id order, the active ones apart, and none once the owner's account goes.
 */
public abstract class PreferenceRepositoryContract extends StoreContract {

  private User account(String name) {
    User user = Fixtures.user(name);
    runTx(() -> store.users().add(user));
    return user;
  }

  private Preference added(Preference preference) {
    runTx(() -> store.preferences().add(preference));
    return preference;
  }

  @Test
  void aPreference_isFoundWithEveryCriterion_changed_andDeleted() {
    User bruno = account("bruno");
    Preference saved =
        added(preference(bruno.id(), "Family car", saleOf("12000.50", "toyota", "mazda")));
    assertThat(inTx(() -> store.preferences().findById(saved.id()))).contains(saved);

    Preference changed =
        saved
            .changed("Any car", SearchCriteria.none(), true, Fixtures.at(2))
            .paused(Fixtures.at(3));
    runTx(() -> store.preferences().update(changed));
    assertThat(inTx(() -> store.preferences().findById(saved.id()))).contains(changed);

    runTx(() -> store.preferences().delete(saved.id()));
    assertThat(inTx(() -> store.preferences().findById(saved.id()))).isEmpty();
  }

  @Test
  void anOwnersPreferences_listInIdOrder_countAndTheActiveOnesApart() {
    User bruno = account("bruno");
    User carol = account("carol");
    Preference first = added(preference(bruno.id(), "One", SearchCriteria.none()));
    Preference second = added(preference(bruno.id(), "Two", SearchCriteria.none()));
    added(preference(carol.id(), "Hers", SearchCriteria.none()));
    runTx(() -> store.preferences().update(second.paused(Fixtures.at(2))));

    var page = inTx(() -> store.preferences().listByOwner(bruno.id(), PageRequest.first(1)));
    assertThat(page.items()).containsExactly(first);
    assertThat(
            inTx(() -> store.preferences().listByOwner(bruno.id(), Fixtures.nextPage(page, 1)))
                .items())
        .extracting(Preference::name)
        .containsExactly("Two");
    assertThat(inTx(() -> store.preferences().countByOwner(bruno.id()))).isEqualTo(2);
    assertThat(inTx(() -> store.preferences().activeOf(bruno.id()))).containsExactly(first);
  }

  @Test
  void everyAccountsActivePreferences_arePagedInIdOrder_pausedOnesLeftOut() {
    User bruno = account("bruno");
    User carol = account("carol");
    Preference first = added(preference(bruno.id(), "One", SearchCriteria.none()));
    Preference paused = added(preference(bruno.id(), "Two", SearchCriteria.none()));
    Preference hers = added(preference(carol.id(), "Hers", SearchCriteria.none()));
    runTx(() -> store.preferences().update(paused.paused(Fixtures.at(2))));

    var page = inTx(() -> store.preferences().listActive(PageRequest.first(1)));
    var next = inTx(() -> store.preferences().listActive(Fixtures.nextPage(page, 1)));

    assertThat(page.items()).containsExactly(first);
    assertThat(next.items()).containsExactly(hers);
    assertThat(next.nextCursor()).isEmpty();
  }

  @Test
  void anAccountDeleted_takesItsPreferences() {
    User bruno = account("bruno");
    Preference saved = added(preference(bruno.id(), "One", SearchCriteria.none()));

    runTx(() -> store.users().delete(bruno.id()));

    assertThat(inTx(() -> store.preferences().findById(saved.id()))).isEmpty();
  }
}
