package dev.motorhub.application.matching;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.identity.CreateSubscriptionPlan;
import dev.motorhub.application.identity.PlanTerms;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestMatching;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.matching.MatchingPolicy;
import dev.motorhub.domain.shared.RuleViolated;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How many searches a buyer keeps: their running plan's limit of saved searches (none: unlimited),
 * else the policy's ten.
 */
class SavedSearchLimitsTest {
  private final TestTrading t = TestTrading.start();

  private void save(Principal who, int n) {
    t.motorhub.matching().savePreference().save(who, TestMatching.saleSearch("Search " + n, null));
  }

  @Test
  void onAPlanOfThreeSavedSearches_theFourthIsRefused_namingTheLimit() {
    // TestMatching's plans allow three saved searches.
    TestMatching.subscribe(
        t.motorhub, t.bruno, TestMatching.plan(t.motorhub, t.staff, "Basic", Optional.of(5)));
    IntStream.range(0, 3).forEach(n -> save(t.bruno, n));

    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> save(t.bruno, 3))
        .withMessage("Your plan Basic allows 3 saved searches; delete one first.");
  }

  @Test
  void withoutAPlan_thePolicysLimitHolds() {
    IntStream.range(0, MatchingPolicy.DEFAULT_PREFERENCE_LIMIT).forEach(n -> save(t.bruno, n));

    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> save(t.bruno, MatchingPolicy.DEFAULT_PREFERENCE_LIMIT))
        .withMessageContaining("at most " + MatchingPolicy.DEFAULT_PREFERENCE_LIMIT);
  }

  @Test
  void onAPlanWithoutALimit_moreThanThePolicysTenAreKept() {
    var unlimited =
        t.motorhub
            .identity()
            .createSubscriptionPlan()
            .create(
                new CreateSubscriptionPlan.Command(
                    t.staff,
                    new PlanTerms(
                        "Unlimited", "19.99", 30, true, Optional.empty(), Optional.empty())));
    TestMatching.subscribe(t.motorhub, t.bruno, unlimited);

    IntStream.range(0, MatchingPolicy.DEFAULT_PREFERENCE_LIMIT).forEach(n -> save(t.bruno, n));

    assertThatCode(() -> save(t.bruno, MatchingPolicy.DEFAULT_PREFERENCE_LIMIT))
        .doesNotThrowAnyException();
  }
}
