package dev.motorhub.application.matching;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.PreferenceId;
import java.time.Clock;

/**
 * Its owner pauses a saved search (it matches nothing until resumed) or resumes it; either is the
 * same again if it is so already.
 */
public final class PausePreference {
  private final Transactions tx;
  private final PreferenceRepository preferences;
  private final PreferenceAccess access;
  private final Clock clock;

  public PausePreference(
      Transactions tx, PreferenceRepository preferences, PreferenceAccess access, Clock clock) {
    this.tx = tx;
    this.preferences = preferences;
    this.access = access;
    this.clock = clock;
  }

  /** Pauses the search when {@code paused}, resumes it otherwise. */
  public Preference set(Principal principal, PreferenceId id, boolean paused) {
    return tx.inTransaction(
        () -> {
          Preference current = access.changeable(principal.actor(), id);
          if (current.paused() == paused) {
            return current;
          }
          Preference changed =
              paused ? current.paused(clock.instant()) : current.resumed(clock.instant());
          preferences.update(changed);
          return changed;
        });
  }
}
