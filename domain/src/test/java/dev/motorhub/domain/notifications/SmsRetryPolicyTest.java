package dev.motorhub.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.identity.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SmsRetryPolicyTest {
  private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
  private final SmsRetryPolicy policy =
      new SmsRetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(2));

  private static SmsMessage afterAttempts(int attempts) {
    SmsMessage message =
        SmsMessage.queue(
            new SmsId(UUID.randomUUID()),
            new PhoneNumber("+254701036054"),
            "Hello",
            "order",
            UUID.randomUUID(),
            NOW);
    for (int i = 0; i < attempts; i++) {
      message = message.claim(NOW, NOW).retryAt("HTTP 500", NOW, NOW);
    }
    return message;
  }

  @Test
  void theBackoff_doublesFromTheBase_upToTheCap() {
    assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(120));
    assertThat(policy.backoff(1_000)).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void theNextAttempt_isTheBackoffLessAJitterOfAtMostAFifth_fixedPerMessage() {
    SmsMessage message = afterAttempts(2);

    Instant next = policy.nextAttempt(message, NOW).orElseThrow();

    assertThat(next).isBetween(NOW.plusSeconds(48), NOW.plusSeconds(60));
    assertThat(policy.nextAttempt(message, NOW)).contains(next);
  }

  @Test
  void afterTheLastAttempt_thereIsNoNextOne() {
    assertThat(policy.nextAttempt(afterAttempts(4), NOW)).isPresent();
    assertThat(policy.nextAttempt(afterAttempts(5), NOW)).isEmpty();
  }

  @Test
  void afterAFailure_theMessageIsDueAgain_orFailedAfterItsLastAttempt() {
    SmsMessage again =
        policy.afterFailure(afterAttempts(4).claim(NOW, NOW), "HTTP 503", Optional.empty(), NOW);
    assertThat(again.status()).isEqualTo(SmsStatus.FAILED);
    assertThat(again.lastError()).contains("Gave up after 5 attempts: HTTP 503");

    SmsMessage due =
        policy.afterFailure(afterAttempts(0).claim(NOW, NOW), "HTTP 503", Optional.empty(), NOW);
    assertThat(due.status()).isEqualTo(SmsStatus.PENDING);
    assertThat(due.lastError()).contains("HTTP 503");
    assertThat(due.nextAttemptAt()).isBetween(NOW.plusSeconds(24), NOW.plusSeconds(30));
  }
}
