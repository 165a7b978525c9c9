package dev.motorhub.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {
  private static final Instant NOW = Instant.parse("2025-03-10T09:30:00Z");
  private final LoginThrottlePolicy policy = LoginThrottlePolicy.STANDARD;

  private static RecentFailures minutesAgo(int... minutes) {
    return RecentFailures.of(
        Arrays.stream(minutes).mapToObj(m -> NOW.minusSeconds(60L * m)).toList());
  }

  private static RecentFailures times(int count, Instant at) {
    return RecentFailures.of(Collections.nCopies(count, at));
  }

  @Test
  void fewerFailuresThanEitherLimit_pauseNothing() {
    assertThat(policy.pause(RecentFailures.NONE, RecentFailures.NONE, NOW)).isEmpty();
    assertThat(policy.pause(minutesAgo(4, 3, 2, 1), times(9, NOW), NOW)).isEmpty();
  }

  @Test
  void fiveFailuresFromTheAddress_pauseItUntilTheOldestLeavesTheWindow() {
    assertThat(policy.pause(minutesAgo(10, 8, 6, 4, 2), minutesAgo(10, 8, 6, 4, 2), NOW))
        .contains(Duration.ofMinutes(5));
    assertThat(policy.pause(minutesAgo(1, 1, 1, 1, 0), minutesAgo(1, 1, 1, 1, 0), NOW))
        .contains(Duration.ofMinutes(14));
  }

  @Test
  void aPauseAboutToEnd_isStillAtLeastOneSecond_andPartSecondsRoundUp() {
    RecentFailures almostGone =
        RecentFailures.of(List.of(NOW.minus(Duration.ofMinutes(15)).plusMillis(300), NOW));
    assertThat(policy.pause(times(5, NOW.minus(Duration.ofMinutes(15))), almostGone, NOW))
        .contains(Duration.ofSeconds(1));
    assertThat(policy.pause(times(1, NOW), times(10, NOW.minusMillis(300)), NOW))
        .contains(Duration.ofSeconds(1));
  }

  @Test
  void theBackoff_startsAtTheTenthFailure_andDoublesUpToTheWindow() {
    assertThat(policy.backoff(9)).isZero();
    assertThat(policy.backoff(10)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoff(11)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.backoff(16)).isEqualTo(Duration.ofSeconds(64));
    assertThat(policy.backoff(19)).isEqualTo(Duration.ofSeconds(512));
    assertThat(policy.backoff(20)).isEqualTo(Duration.ofMinutes(15));
    assertThat(policy.backoff(5_000)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void underBackoff_anAddressThatFailed_waitsForItsEnd() {
    assertThat(policy.pause(minutesAgo(3), times(13, NOW), NOW)).contains(Duration.ofSeconds(8));
    assertThat(policy.pause(minutesAgo(3), times(13, NOW.minusSeconds(8)), NOW)).isEmpty();
  }

  @Test
  void underBackoff_anAddressThatHasNotFailed_isNotPaused() {
    assertThat(policy.pause(RecentFailures.NONE, times(500, NOW), NOW)).isEmpty();
  }

  @Test
  void underBackoff_anAddressWaitsNoLongerThanItsOwnFailuresStayInTheWindow() {
    assertThat(policy.pause(minutesAgo(14), times(100, NOW), NOW)).contains(Duration.ofMinutes(1));
  }

  @Test
  void theWindowStarts_oneWindowBeforeNow() {
    assertThat(policy.windowStart(NOW)).isEqualTo(Instant.parse("2025-03-10T09:15:00Z"));
  }

  @Test
  void recentFailures_summariseCountOldestAndLatest() {
    assertThat(minutesAgo(2, 9, 4))
        .isEqualTo(
            new RecentFailures(
                3, Optional.of(NOW.minusSeconds(540)), Optional.of(NOW.minusSeconds(120))));
    assertThat(RecentFailures.of(List.of())).isEqualTo(RecentFailures.NONE);
  }
}
