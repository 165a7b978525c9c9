package dev.motorhub.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When failed logins pause further attempts: guessing is slowed, and nobody can be locked out.
 *
 * <p>Per address: {@code perAddressLimit} failures for one username from one client address within
 * {@code window} pause that username at that address until the oldest of them leaves the window.
 *
 * <p>Per account: from {@code backoffFrom} failures for one username from anywhere within the
 * window, the account is under back-off for {@code firstDelay} after its latest failure, a delay
 * that doubles with every further failure, up to the window. Meanwhile an address that has failed
 * for that username within the window waits, its password unchecked, until the back-off ends or its
 * own failures leave the window; an address that has not has its password checked as usual. So each
 * of an attacker's addresses gets one guess, then meets a back-off that every guess lengthens,
 * while the owner, from an address they have not just failed from, signs in at once.
 */
public record LoginThrottlePolicy(
    int perAddressLimit, int backoffFrom, Duration firstDelay, Duration window) {

  /**
   * Five failures per address, back-off from the tenth failure for the account, starting at one
   * second; all within fifteen minutes.
   */
  public static final LoginThrottlePolicy STANDARD =
      new LoginThrottlePolicy(5, 10, Duration.ofSeconds(1), Duration.ofMinutes(15));

  /** Failures older than this no longer count. */
  public Instant windowStart(Instant now) {
    return now.minus(window);
  }

  /**
   * How long an attempt must wait, in whole seconds, given the failures within the window for its
   * username from its address and from anywhere.
   */
  public Optional<Duration> pause(
      RecentFailures fromAddress, RecentFailures forAccount, Instant now) {
    Optional<Duration> addressPause =
        fromAddress.count() >= perAddressLimit
            ? Optional.of(Duration.between(now, fromAddress.oldest().orElseThrow().plus(window)))
            : Optional.empty();
    Optional<Duration> backoffPause =
        backoffEnd(fromAddress, forAccount)
            .filter(now::isBefore)
            .map(end -> Duration.between(now, end));
    return Stream.of(addressPause, backoffPause)
        .flatMap(Optional::stream)
        .max(Duration::compareTo)
        .map(LoginThrottlePolicy::wholeSecondsAtLeastOne);
  }

  /** The back-off after {@code failures} for one account: doubling from the first delay. */
  Duration backoff(int failures) {
    int doublings = failures - backoffFrom;
    if (doublings < 0) {
      return Duration.ZERO;
    }
    Duration delay = doublings >= 31 ? window : firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(window) > 0 ? window : delay;
  }

  /** When an address that has failed may guess again under the account's back-off. */
  private Optional<Instant> backoffEnd(RecentFailures fromAddress, RecentFailures forAccount) {
    if (fromAddress.count() == 0 || forAccount.count() < backoffFrom) {
      return Optional.empty();
    }
    Instant backoffEnds = forAccount.latest().orElseThrow().plus(backoff(forAccount.count()));
    Instant addressClean = fromAddress.latest().orElseThrow().plus(window);
    return Optional.of(backoffEnds.isBefore(addressClean) ? backoffEnds : addressClean);
  }

  private static Duration wholeSecondsAtLeastOne(Duration pause) {
    long seconds = pause.getSeconds() + (pause.getNano() > 0 ? 1 : 0);
    return Duration.ofSeconds(Math.max(1, seconds));
  }
}
