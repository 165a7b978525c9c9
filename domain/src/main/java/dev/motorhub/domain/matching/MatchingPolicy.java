package dev.motorhub.domain.matching;

import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.shared.RuleViolated;

/**
 * Who may do what in matching, in one place: staff keep the catalogue; customers keep their own
 * saved searches, up to a limit; staff read anyone's; nobody else sees one. The default score a
 * match needs is here too.
 */
public class MatchingPolicy {
  /** How many saved searches an account keeps unless told otherwise. */
  public static final int DEFAULT_PREFERENCE_LIMIT = 10;

  /** The score a trade needs to be a match unless the buyer asks for another. */
  public static final int DEFAULT_THRESHOLD = 70;

  private final int preferenceLimit;

  public MatchingPolicy() {
    this(DEFAULT_PREFERENCE_LIMIT);
  }

  public MatchingPolicy(int preferenceLimit) {
    if (preferenceLimit < 1) {
      throw new IllegalArgumentException("preferenceLimit must be positive");
    }
    this.preferenceLimit = preferenceLimit;
  }

  public boolean mayKeepCatalogue(Actor actor) {
    return actor.isAdministrative();
  }

  /** Saving searches and asking for matches: customers. */
  public boolean maySearch(Actor actor) {
    return actor.role() == Role.CUSTOMER;
  }

  public boolean mayRead(Actor actor, Preference preference) {
    return actor.isAdministrative() || mayChange(actor, preference);
  }

  public boolean mayChange(Actor actor, Preference preference) {
    return actor.is(preference.owner());
  }

  /**
   * Refuses a new saved search to {@code actor}, who keeps {@code saved} already, once they reach
   * their limit. The one place the limit is read: a subscription plan's may take its place.
   */
  public void requireRoomForAnother(Actor actor, long saved) {
    if (saved >= preferenceLimit) {
      throw new RuleViolated(
          "You can keep at most " + preferenceLimit + " saved searches; delete one first.");
    }
  }
}
