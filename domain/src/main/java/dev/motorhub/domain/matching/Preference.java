package dev.motorhub.domain.matching;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * A buyer's saved search: a name, its criteria, and whether it is active.
 *
 * <p>It belongs to one customer for its whole life. While active, the open trades that fit it are
 * that customer's matches; paused, it is kept but matches nothing until resumed. Its owner may
 * rename it, change its criteria and delete it; every change returns a new value with {@code
 * updatedAt} moved on.
 */
public record Preference(
    PreferenceId id,
    UserId owner,
    String name,
    SearchCriteria criteria,
    boolean paused,
    Instant createdAt,
    Instant updatedAt) {

  public Preference {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    name = Text.required(name, "name", 100);
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A new, active search of {@code owner}'s. */
  public static Preference save(
      PreferenceId id, UserId owner, String name, SearchCriteria criteria, Instant at) {
    return new Preference(id, owner, name, criteria, false, at, at);
  }

  public Preference changed(String newName, SearchCriteria newCriteria, Instant at) {
    return new Preference(id, owner, newName, newCriteria, paused, createdAt, at);
  }

  public Preference paused(Instant at) {
    return new Preference(id, owner, name, criteria, true, createdAt, at);
  }

  public Preference resumed(Instant at) {
    return new Preference(id, owner, name, criteria, false, createdAt, at);
  }

  public String status() {
    return paused ? "paused" : "active";
  }
}
