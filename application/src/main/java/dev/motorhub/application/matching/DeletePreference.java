package dev.motorhub.application.matching;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.matching.PreferenceId;

/** Its owner deletes a saved search. */
public final class DeletePreference {
  private final Transactions tx;
  private final PreferenceRepository preferences;
  private final PreferenceAccess access;

  public DeletePreference(
      Transactions tx, PreferenceRepository preferences, PreferenceAccess access) {
    this.tx = tx;
    this.preferences = preferences;
    this.access = access;
  }

  public void delete(Principal principal, PreferenceId id) {
    tx.run(
        () -> {
          access.changeable(principal.actor(), id);
          preferences.delete(id);
        });
  }
}
