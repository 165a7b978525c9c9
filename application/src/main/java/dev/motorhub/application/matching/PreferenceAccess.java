package dev.motorhub.application.matching;

import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.matching.MatchingPolicy;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.PreferenceId;
import dev.motorhub.domain.shared.NotFound;

/**
 * Finds the saved searches an actor may read or change, inside the caller's transaction: one they
 * may not read is not found; staff read but do not change another's.
 */
public final class PreferenceAccess {
  private final PreferenceRepository preferences;
  private final MatchingPolicy policy;

  public PreferenceAccess(PreferenceRepository preferences, MatchingPolicy policy) {
    this.preferences = preferences;
    this.policy = policy;
  }

  public Preference readable(Actor actor, PreferenceId id) {
    return preferences
        .findById(id)
        .filter(p -> policy.mayRead(actor, p))
        .orElseThrow(() -> new NotFound("Preference"));
  }

  public Preference changeable(Actor actor, PreferenceId id) {
    Preference preference = readable(actor, id);
    AccessPolicy.require(
        policy.mayChange(actor, preference), "Only its owner changes a saved search.");
    return preference;
  }
}
