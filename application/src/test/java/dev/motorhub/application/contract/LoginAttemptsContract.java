package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.T0;
import static dev.motorhub.application.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.identity.RecentFailures;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@code LoginAttempts} keeps: failures per key within their window, read as how many,
 * the oldest and the latest.
 */
public abstract class LoginAttemptsContract extends StoreContract {
  private static final String KEY = "user:alice";
  private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

  @Test
  void anUnknownKey_hasNoFailures() {
    assertThat(failuresSince(KEY, LONG_AGO)).isEqualTo(RecentFailures.NONE);
  }

  @Test
  void failures_areCounted_withTheOldestAndTheLatest_whateverTheOrderOfRecording() {
    record(KEY, at(3));
    record(KEY, at(1));
    record(KEY, at(2));

    assertThat(failuresSince(KEY, LONG_AGO))
        .isEqualTo(new RecentFailures(3, Optional.of(at(1)), Optional.of(at(3))));
  }

  @Test
  void failuresSince_includesTheFailureAtThatInstant_andNoEarlierOne() {
    record(KEY, at(1));
    record(KEY, at(2));
    record(KEY, at(3));

    assertThat(failuresSince(KEY, at(2))).isEqualTo(RecentFailures.of(List.of(at(2), at(3))));
    assertThat(failuresSince(KEY, at(4))).isEqualTo(RecentFailures.NONE);
  }

  @Test
  void failuresAtOneInstant_countEach() {
    for (int i = 0; i < 4; i++) {
      record(KEY, at(1));
    }

    assertThat(failuresSince(KEY, LONG_AGO).count()).isEqualTo(4);
  }

  @Test
  void recordFailure_forgetsTheFailuresBeforeTheWindow() {
    record(KEY, at(1));
    record(KEY, at(2));

    runTx(() -> store.loginAttempts().recordFailure(KEY, at(10), at(2)));

    assertThat(failuresSince(KEY, LONG_AGO)).isEqualTo(RecentFailures.of(List.of(at(2), at(10))));
  }

  @Test
  void keys_countTheirFailuresApart() {
    record(KEY, at(1));
    record("user:bob", at(2));

    assertThat(failuresSince(KEY, LONG_AGO)).isEqualTo(RecentFailures.of(List.of(at(1))));
    assertThat(failuresSince("user:bob", LONG_AGO)).isEqualTo(RecentFailures.of(List.of(at(2))));
  }

  @Test
  void clear_forgetsEveryFailureOfThatKeyOnly() {
    record(KEY, at(1));
    record(KEY, at(2));
    record("user:bob", at(3));

    runTx(() -> store.loginAttempts().clear(KEY));

    assertThat(failuresSince(KEY, LONG_AGO)).isEqualTo(RecentFailures.NONE);
    assertThat(failuresSince("user:bob", LONG_AGO)).isEqualTo(RecentFailures.of(List.of(at(3))));
  }

  private void record(String key, Instant at) {
    runTx(() -> store.loginAttempts().recordFailure(key, at, T0.minusSeconds(3600)));
  }

  private RecentFailures failuresSince(String key, Instant since) {
    return inTx(() -> store.loginAttempts().failuresSince(key, since));
  }
}
