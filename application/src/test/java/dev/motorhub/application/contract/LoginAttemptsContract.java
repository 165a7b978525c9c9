package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.T0;
import static dev.motorhub.application.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@code LoginAttempts} keeps: failures per key, oldest first, within their window. */
public abstract class LoginAttemptsContract extends StoreContract {
  private static final String KEY = "user:alice";
  private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

  @Test
  void anUnknownKey_hasNoFailures() {
    assertThat(failuresSince(KEY, LONG_AGO)).isEmpty();
  }

  @Test
  void failures_areListedOldestFirst() {
    record(KEY, at(3));
    record(KEY, at(1));
    record(KEY, at(2));

    assertThat(failuresSince(KEY, LONG_AGO)).containsExactly(at(1), at(2), at(3));
  }

  @Test
  void failuresSince_includesTheFailureAtThatInstant_andNoEarlierOne() {
    record(KEY, at(1));
    record(KEY, at(2));
    record(KEY, at(3));

    assertThat(failuresSince(KEY, at(2))).containsExactly(at(2), at(3));
  }

  @Test
  void recordFailure_forgetsTheFailuresBeforeTheWindow() {
    record(KEY, at(1));
    record(KEY, at(2));

    runTx(() -> store.loginAttempts().recordFailure(KEY, at(10), at(2)));

    assertThat(failuresSince(KEY, LONG_AGO)).containsExactly(at(2), at(10));
  }

  @Test
  void keys_countTheirFailuresApart() {
    record(KEY, at(1));
    record("user:bob", at(2));

    assertThat(failuresSince(KEY, LONG_AGO)).containsExactly(at(1));
    assertThat(failuresSince("user:bob", LONG_AGO)).containsExactly(at(2));
  }

  @Test
  void clear_forgetsEveryFailureOfThatKeyOnly() {
    record(KEY, at(1));
    record(KEY, at(2));
    record("user:bob", at(3));

    runTx(() -> store.loginAttempts().clear(KEY));

    assertThat(failuresSince(KEY, LONG_AGO)).isEmpty();
    assertThat(failuresSince("user:bob", LONG_AGO)).containsExactly(at(3));
  }

  private void record(String key, Instant at) {
    runTx(() -> store.loginAttempts().recordFailure(key, at, T0.minusSeconds(3600)));
  }

  private List<Instant> failuresSince(String key, Instant since) {
    return inTx(() -> store.loginAttempts().failuresSince(key, since));
  }
}
