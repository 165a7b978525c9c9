package dev.motorhub.application.matching;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.PreferenceId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;

/** Reads saved searches: a customer lists theirs; its owner and staff read one. */
public final class ViewPreferences {
  private final Transactions tx;
  private final PreferenceRepository preferences;
  private final PreferenceAccess access;

  public ViewPreferences(
      Transactions tx, PreferenceRepository preferences, PreferenceAccess access) {
    this.tx = tx;
    this.preferences = preferences;
    this.access = access;
  }

  public Preference get(Principal principal, PreferenceId id) {
    return tx.read(() -> access.readable(principal.actor(), id));
  }

  /** The caller's own saved searches. */
  public Page<Preference> list(Principal principal, PageRequest page) {
    return tx.read(() -> preferences.listByOwner(principal.actor().id(), page));
  }
}
