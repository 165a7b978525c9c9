package dev.motorhub.application.matching;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.notifications.ChangeLog;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.PreferenceId;
import dev.motorhub.domain.notifications.Change;
import java.time.Clock;

/**
 * Its owner renames a saved search, changes its criteria, pauses, resumes or deletes it; each is
 * one unit of work. Fields the change does not name stay as they are. A changed search is queued,
 * so that its owner is told of the open trades it now fits.
 */
public final class ChangePreference {
  private final Transactions tx;
  private final PreferenceRepository preferences;
  private final PreferenceForms forms;
  private final PreferenceAccess access;
  private final ChangeLog changes;
  private final Clock clock;

  public ChangePreference(
      Transactions tx,
      PreferenceRepository preferences,
      PreferenceForms forms,
      PreferenceAccess access,
      ChangeLog changes,
      Clock clock) {
    this.tx = tx;
    this.preferences = preferences;
    this.forms = forms;
    this.access = access;
    this.changes = changes;
    this.clock = clock;
  }

  public Preference change(Principal principal, PreferenceId id, PreferenceForm form) {
    return tx.inTransaction(
        () -> {
          Preference current = access.changeable(principal.actor(), id);
          Preference changed =
              current.changed(
                  form.gives("name") ? form.name() : current.name(),
                  forms.criteria(form, current.criteria()),
                  form.gives("notify_sms") ? form.texts() : current.notifySms(),
                  clock.instant());
          preferences.update(changed);
          changes.changed(Change.PREFERENCE, changed.id().value());
          return changed;
        });
  }
}
