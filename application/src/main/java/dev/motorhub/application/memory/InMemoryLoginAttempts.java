package dev.motorhub.application.memory;

import dev.motorhub.application.identity.LoginAttempts;
import dev.motorhub.domain.identity.RecentFailures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Failed logins in memory, per key. */
final class InMemoryLoginAttempts implements LoginAttempts {
  private final Table<String, List<Instant>> failures;

  InMemoryLoginAttempts(Table<String, List<Instant>> failures) {
    this.failures = failures;
  }

  @Override
  public RecentFailures failuresSince(String key, Instant since) {
    return RecentFailures.of(recordedSince(key, since));
  }

  @Override
  public void recordFailure(String key, Instant at, Instant forgetBefore) {
    List<Instant> kept = new ArrayList<>(recordedSince(key, forgetBefore));
    kept.add(at);
    failures.put(key, List.copyOf(kept));
  }

  @Override
  public void clear(String key) {
    failures.remove(key);
  }

  private List<Instant> recordedSince(String key, Instant since) {
    return failures.get(key).orElse(List.of()).stream().filter(at -> !at.isBefore(since)).toList();
  }
}
