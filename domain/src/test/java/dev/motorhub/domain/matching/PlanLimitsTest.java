package dev.motorhub.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.SubscriptionPlanId;
import dev.motorhub.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a plan allows: saved preferences up to its limit, none when unlimited; months in UTC. */
class PlanLimitsTest {
  private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
  private final PlanLimits limits = new PlanLimits();

  private static SubscriptionPlan plan(Optional<Integer> preferences) {
    return new SubscriptionPlan(
            new SubscriptionPlanId(UUID.randomUUID()),
            "Basic",
            Money.of("5.00", "USD"),
            30,
            true,
            NOW,
            NOW)
        .limit(new SubscriptionPlan.Limits(Optional.empty(), preferences), NOW);
  }

  @Test
  void aPreference_isSavedWhileTheCountIsUnderThePlansLimit() {
    assertThat(limits.maySavePreference(plan(Optional.of(2)), 0)).isTrue();
    assertThat(limits.maySavePreference(plan(Optional.of(2)), 1)).isTrue();
    assertThat(limits.maySavePreference(plan(Optional.of(2)), 2)).isFalse();
    assertThat(limits.maySavePreference(plan(Optional.of(0)), 0)).isFalse();
  }

  @Test
  void withoutALimit_anyNumberOfPreferencesIsSaved() {
    assertThat(limits.maySavePreference(plan(Optional.empty()), 10_000)).isTrue();
  }

  @Test
  void theMonth_startsAndEndsAtMidnightUtc() {
    assertThat(limits.monthStart(NOW)).isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
    assertThat(limits.monthEnd(NOW)).isEqualTo(Instant.parse("2025-04-01T00:00:00Z"));
    assertThat(limits.monthEnd(Instant.parse("2025-12-31T23:59:59Z")))
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }
}
