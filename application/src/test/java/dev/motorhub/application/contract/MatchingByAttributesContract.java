package dev.motorhub.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.Store;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.matching.FindMatches;
import dev.motorhub.application.matching.Match;
import dev.motorhub.application.matching.PreferenceForm;
import dev.motorhub.application.memory.Pbkdf2PasswordHasher;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestGarage;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.Explanation;
import dev.motorhub.domain.shared.InvalidInput;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Matching on what vehicles record, through the use cases on a store under test: staff keep the
 * fuels, Olive sells an electric car, a petrol one and one that records no fuel, and a search that
 * requires an electric car finds the electric one only, while a weighted one ranks them.
 */
public abstract class MatchingByAttributesContract {
  private TestTrading t;
  private Trade.Open electric;
  private Trade.Open petrol;
  private Trade.Open unrecorded;

  /** An empty store of the implementation under test. */
  protected abstract Store freshStore();

  @BeforeEach
  void oliveSellsThreeCars() {
    TestClock clock = TestClock.start();
    Motorhub motorhub =
        Motorhub.builder(freshStore())
            .clock(clock)
            .passwordHasher(new Pbkdf2PasswordHasher(1_000))
            .build();
    t = TestTrading.on(clock, motorhub);
    motorhub.matching().addCatalogueValue().add(t.staff, "fuel", "electric", "Electric");
    motorhub.matching().addCatalogueValue().add(t.staff, "fuel", "petrol", "Petrol");
    electric =
        t.trade(
            t.olive,
            TestGarage.form("KEV 100E", "nairobi", "hatchback", "Electric", "automatic"),
            t.sale);
    petrol =
        t.trade(
            t.olive, TestGarage.form("KPT 100P", "nairobi", "saloon", "petrol", "manual"), t.sale);
    unrecorded = t.trade(t.olive, TestGarage.form("KNO 100N"), t.sale);
  }

  private static PreferenceForm fuelSearch(String name, boolean required) {
    return new PreferenceForm(
        name,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of("electric"),
        null,
        null,
        required ? List.of("fuels") : List.of(),
        Map.of(),
        null,
        Set.of("name", "fuels", "required"));
  }

  private List<Match> matchesOf(Principal buyer) {
    return t.motorhub
        .matching()
        .findMatches()
        .find(buyer, new FindMatches.Query("0", null, null))
        .items();
  }

  @Test
  void aSearchRequiringAnElectricCar_matchesTheElectricOne_notThePetrolOne() {
    t.motorhub.matching().savePreference().save(t.bruno, fuelSearch("Electric only", true));

    List<Match> matches = matchesOf(t.bruno);

    assertThat(matches).extracting(m -> m.subject().trade().id()).containsExactly(electric.id());
    assertThat(matches.getFirst().explanations())
        .extracting(Explanation::text)
        .containsExactly("fuel matches");
  }

  @Test
  void aSearchWeighingTheFuel_matchesEveryCar_theElectricOneAboveThePetrolOne() {
    t.motorhub.matching().savePreference().save(t.carla, fuelSearch("Electric rather", false));

    List<Match> matches = matchesOf(t.carla);

    assertThat(matches)
        .extracting(m -> m.subject().trade().id())
        .containsExactlyInAnyOrder(electric.id(), petrol.id(), unrecorded.id())
        .endsWith(petrol.id());
    assertThat(matches.getLast().explanations())
        .extracting(Explanation::text)
        .containsExactly("fuel petrol is not one you named");
    assertThat(matches)
        .filteredOn(m -> m.subject().trade().id().equals(unrecorded.id()))
        .flatExtracting(Match::explanations)
        .extracting(Explanation::text)
        .containsExactly("fuel not recorded for this vehicle");
  }

  @Test
  void aFuelTheCatalogueDoesNotHave_isRefused_andNoCarIsRegistered() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () -> t.trade(t.olive, TestGarage.form("KDS 100D", null, null, "diesel", null), t.sale))
        .satisfies(
            e ->
                assertThat(e.errors())
                    .containsEntry("fuel", List.of("Not a fuel in the catalogue: diesel.")));
    assertThat(matchesOf(t.bruno)).isEmpty();
  }
}
