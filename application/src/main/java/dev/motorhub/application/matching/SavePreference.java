package dev.motorhub.application.matching;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.SubscriptionPlanRepository;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.notifications.ChangeLog;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.matching.MatchingPolicy;
import dev.motorhub.domain.matching.PlanLimits;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.PreferenceId;
import dev.motorhub.domain.matching.SearchCriteria;
import dev.motorhub.domain.notifications.Change;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Violations;
import java.time.Clock;

/**
 * A customer saves a named search, active at once, within the number of searches they may keep:
 * their subscription plan's limit while the plan runs (none: unlimited), else the policy's. It is
 * queued, so that its owner is told of the open trades it fits.
 */
public final class SavePreference {
  private final Transactions tx;
  private final PreferenceRepository preferences;
  private final PreferenceForms forms;
  private final MatchingPolicy policy;
  private final UserRepository users;
  private final SubscriptionPlanRepository plans;
  private final PlanLimits limits;
  private final ChangeLog changes;
  private final IdGenerator ids;
  private final Clock clock;

  public SavePreference(
      Transactions tx,
      PreferenceRepository preferences,
      PreferenceForms forms,
      MatchingPolicy policy,
      UserRepository users,
      SubscriptionPlanRepository plans,
      PlanLimits limits,
      ChangeLog changes,
      IdGenerator ids,
      Clock clock) {
    this.tx = tx;
    this.preferences = preferences;
    this.forms = forms;
    this.policy = policy;
    this.users = users;
    this.plans = plans;
    this.limits = limits;
    this.changes = changes;
    this.ids = ids;
    this.clock = clock;
  }

  public Preference save(Principal principal, PreferenceForm form) {
    Actor actor = principal.actor();
    AccessPolicy.require(policy.maySearch(actor), "Only customers save searches.");
    return tx.inTransaction(
        () -> {
          SearchCriteria criteria =
              forms.criteria(
                  form, SearchCriteria.none(), new Violations().require(form.name(), "name"));
          requireRoomForAnother(actor);
          Preference preference =
              Preference.save(
                  new PreferenceId(ids.next()),
                  actor.id(),
                  form.name(),
                  criteria,
                  form.texts(),
                  clock.instant());
          preferences.add(preference);
          changes.changed(Change.PREFERENCE, preference.id().value());
          return preference;
        });
  }

  private void requireRoomForAnother(Actor actor) {
    long saved = preferences.countByOwner(actor.id());
    User user = users.findById(actor.id()).orElseThrow(() -> new NotFound("User"));
    limits
        .active(user, user.plan().flatMap(plans::findById), clock.instant())
        .ifPresentOrElse(
            plan -> limits.requirePreferenceAllowed(plan, saved),
            () -> policy.requireRoomForAnother(actor, saved));
  }
}
