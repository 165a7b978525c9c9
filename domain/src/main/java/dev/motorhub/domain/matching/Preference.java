package dev.motorhub.domain.matching;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * A buyer's saved search: a name, its criteria, whether it is active, and whether its new matches
 * are also told by SMS.
 *
 * <p>It belongs to one customer for its whole life. While active, the open trades that fit it are
 * that customer's matches; paused, it is kept but matches nothing until resumed. Its owner may
 * rename it, change its criteria or whether it texts, and delete it; every change returns a new
 * value with {@code updatedAt} moved on.
 */
public record Preference(
    PreferenceId id,
    UserId owner,
    String name,
    SearchCriteria criteria,
    boolean paused,
    boolean notifySms,
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

  /** A new, active search of {@code owner}'s, its new matches told in the app only. */
  public static Preference save(
      PreferenceId id, UserId owner, String name, SearchCriteria criteria, Instant at) {
    return save(id, owner, name, criteria, false, at);
  }

  /** A new, active search of {@code owner}'s, its new matches told by SMS too when {@code sms}. */
  public static Preference save(
      PreferenceId id,
      UserId owner,
      String name,
      SearchCriteria criteria,
      boolean sms,
      Instant at) {
    return new Preference(id, owner, name, criteria, false, sms, at, at);
  }

  public Preference changed(String newName, SearchCriteria newCriteria, Instant at) {
    return changed(newName, newCriteria, notifySms, at);
  }

  public Preference changed(String newName, SearchCriteria newCriteria, boolean sms, Instant at) {
    return new Preference(id, owner, newName, newCriteria, paused, sms, createdAt, at);
  }

  public Preference paused(Instant at) {
    return new Preference(id, owner, name, criteria, true, notifySms, createdAt, at);
  }

  public Preference resumed(Instant at) {
    return new Preference(id, owner, name, criteria, false, notifySms, createdAt, at);
  }

  public String status() {
    return paused ? "paused" : "active";
  }
}
