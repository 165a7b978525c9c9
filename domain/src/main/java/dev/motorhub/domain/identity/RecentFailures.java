package dev.motorhub.domain.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** The failed logins of one throttling key within the window: how many, the oldest, the latest. */
public record RecentFailures(int count, Optional<Instant> oldest, Optional<Instant> latest) {
  public static final RecentFailures NONE =
      new RecentFailures(0, Optional.empty(), Optional.empty());

  public RecentFailures {
    Objects.requireNonNull(oldest, "oldest");
    Objects.requireNonNull(latest, "latest");
    if (count < 0 || (count == 0) != oldest.isEmpty() || oldest.isEmpty() != latest.isEmpty()) {
      throw new IllegalArgumentException("failures need an oldest and a latest, none have neither");
    }
  }

  /** The summary of these failures, given in any order. */
  public static RecentFailures of(Collection<Instant> failures) {
    return new RecentFailures(
        failures.size(),
        failures.stream().min(Comparator.naturalOrder()),
        failures.stream().max(Comparator.naturalOrder()));
  }
}
