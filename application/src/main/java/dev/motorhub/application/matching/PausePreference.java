package dev.motorhub.application.matching;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.notifications.ChangeLog;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.PreferenceId;
import dev.motorhub.domain.notifications.Change;
import java.time.Clock;

/**
 * Its owner pauses a saved search (it matches nothing until resumed) or resumes it; either is the
 * same again if it is so already. A resumed search is queued, so that its owner is told of the open
 * trades it fits.
 */
public final class PausePreference {
  private final Transactions tx;
  private final PreferenceRepository preferences;
  private final PreferenceAccess access;
  private final ChangeLog changes;
  private final Clock clock;

  public PausePreference(
      Transactions tx,
      PreferenceRepository preferences,
      PreferenceAccess access,
      ChangeLog changes,
      Clock clock) {
    this.tx = tx;
    this.preferences = preferences;
    this.access = access;
    this.changes = changes;
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
          if (!paused) {
            changes.changed(Change.PREFERENCE, changed.id().value());
          }
          return changed;
        });
  }
}
