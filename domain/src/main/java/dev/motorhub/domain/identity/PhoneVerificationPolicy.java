package dev.motorhub.domain.identity;

import dev.motorhub.domain.shared.Throttled;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of phone verification codes: how long a code holds, how many wrong guesses it takes
 * before a new one is needed, and how soon after one code another may be sent to the same number.
 */
public record PhoneVerificationPolicy(Duration codeLife, int maxAttempts, Duration resendAfter) {
  /** Ten minutes a code, five guesses, one code a minute. */
  public static final PhoneVerificationPolicy DEFAULT =
      new PhoneVerificationPolicy(Duration.ofMinutes(10), 5, Duration.ofMinutes(1));

  public PhoneVerificationPolicy {
    Objects.requireNonNull(codeLife, "codeLife");
    Objects.requireNonNull(resendAfter, "resendAfter");
    if (codeLife.isNegative() || codeLife.isZero() || maxAttempts < 1 || resendAfter.isNegative()) {
      throw new IllegalArgumentException("A code lives some time and takes at least one guess");
    }
  }

  /** Refuses a new code for {@code phone} sooner than {@link #resendAfter()} after the last. */
  public void requireMaySend(Optional<PhoneVerification> last, Phone phone, Instant now) {
    Optional<Instant> next =
        last.filter(v -> v.isOf(Optional.of(phone)))
            .flatMap(PhoneVerification::code)
            .map(c -> c.sentAt().plus(resendAfter))
            .filter(now::isBefore);
    if (next.isPresent()) {
      Duration wait = Duration.between(now, next.get());
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      throw new Throttled(
          "A code was sent to this phone a moment ago; ask again in " + seconds + " seconds.",
          Duration.ofSeconds(seconds));
    }
  }
}
