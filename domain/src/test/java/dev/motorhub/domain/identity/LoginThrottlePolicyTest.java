package dev.motorhub.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {
  private static final Instant NOW = Instant.parse("2025-03-10T09:30:00Z");
  private final LoginThrottlePolicy fiveIn15Minutes =
      new LoginThrottlePolicy(5, Duration.ofMinutes(15));

  private static List<Instant> minutesAgo(int... minutes) {
    return java.util.Arrays.stream(minutes).mapToObj(m -> NOW.minusSeconds(60L * m)).toList();
  }

  @Test
  void fewerFailuresThanTheLimit_pauseNothing() {
    assertThat(fiveIn15Minutes.pause(List.of(), NOW)).isEmpty();
    assertThat(fiveIn15Minutes.pause(minutesAgo(4, 3, 2, 1), NOW)).isEmpty();
  }

  @Test
  void reachingTheLimit_pausesUntilTheOldestFailureLeavesTheWindow() {
    assertThat(fiveIn15Minutes.pause(minutesAgo(10, 8, 6, 4, 2), NOW))
        .contains(Duration.ofMinutes(5));
    assertThat(fiveIn15Minutes.pause(minutesAgo(1, 1, 1, 1, 0), NOW))
        .contains(Duration.ofMinutes(14));
  }

  @Test
  void aPauseAboutToEnd_isStillAtLeastOneSecond() {
    List<Instant> failures =
        List.of(NOW.minus(Duration.ofMinutes(15)).plusMillis(300), NOW, NOW, NOW, NOW);
    assertThat(fiveIn15Minutes.pause(failures, NOW)).contains(Duration.ofSeconds(1));
    List<Instant> atTheEdge = List.of(NOW.minus(Duration.ofMinutes(15)), NOW, NOW, NOW, NOW);
    assertThat(fiveIn15Minutes.pause(atTheEdge, NOW)).contains(Duration.ofSeconds(1));
  }

  @Test
  void theWindowStarts_oneWindowBeforeNow() {
    assertThat(fiveIn15Minutes.windowStart(NOW)).isEqualTo(Instant.parse("2025-03-10T09:15:00Z"));
  }

  @Test
  void thePlatformsPolicies_areFivePerAddressAndTwentyPerUsernameIn15Minutes() {
    assertThat(LoginThrottlePolicy.PER_USERNAME_AND_ADDRESS)
        .isEqualTo(new LoginThrottlePolicy(5, Duration.ofMinutes(15)));
    assertThat(LoginThrottlePolicy.PER_USERNAME)
        .isEqualTo(new LoginThrottlePolicy(20, Duration.ofMinutes(15)));
  }
}
