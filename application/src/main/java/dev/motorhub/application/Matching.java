package dev.motorhub.application;

import dev.motorhub.application.matching.AddCatalogueValue;
import dev.motorhub.application.matching.BuyerChecks;
import dev.motorhub.application.matching.ChangeCatalogue;
import dev.motorhub.application.matching.ChangePreference;
import dev.motorhub.application.matching.DeletePreference;
import dev.motorhub.application.matching.FindMatches;
import dev.motorhub.application.matching.MatchNotices;
import dev.motorhub.application.matching.NotifyNewMatches;
import dev.motorhub.application.matching.PausePreference;
import dev.motorhub.application.matching.PreferenceAccess;
import dev.motorhub.application.matching.PreferenceForms;
import dev.motorhub.application.matching.PreferenceMatcher;
import dev.motorhub.application.matching.SavePreference;
import dev.motorhub.application.matching.ViewCatalogue;
import dev.motorhub.application.matching.ViewPreferences;
import dev.motorhub.application.notifications.ChangeLog;
import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.application.notifications.Texter;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.domain.matching.BuyerEligibility;
import dev.motorhub.domain.matching.MatchScoring;
import dev.motorhub.domain.matching.MatchingPolicy;
import dev.motorhub.domain.matching.PlanLimits;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;

/**
 * The use cases of matching, wired over one {@link Store}: the catalogue of allowed values, buyers'
 * saved searches, and their matches. {@link Motorhub} hands it out as {@link Motorhub#matching()}.
 */
public final class Matching {
  private final AddCatalogueValue addCatalogueValue;
  private final ChangeCatalogue changeCatalogue;
  private final ViewCatalogue viewCatalogue;
  private final SavePreference savePreference;
  private final ChangePreference changePreference;
  private final PausePreference pausePreference;
  private final DeletePreference deletePreference;
  private final ViewPreferences viewPreferences;
  private final FindMatches findMatches;
  private final NotifyNewMatches notifyNewMatches;

  record Wiring(
      Store store,
      MatchingPolicy policy,
      MatchScoring scoring,
      PlanLimits planLimits,
      BuyerEligibility eligibility,
      Notifier notifier,
      IdGenerator ids,
      CoreSettings settings,
      Clock clock) {}

  Matching(Wiring w) {
    var tx = w.store().transactions();
    var catalogue = w.store().catalogue();
    var preferences = w.store().preferences();
    var forms = new PreferenceForms(catalogue, w.settings().currency());
    var access = new PreferenceAccess(preferences, w.policy());
    var changes = new ChangeLog(w.store().changeQueue(), w.ids(), w.clock());
    addCatalogueValue = new AddCatalogueValue(tx, catalogue, w.policy(), w.ids());
    changeCatalogue = new ChangeCatalogue(tx, catalogue, w.policy());
    viewCatalogue = new ViewCatalogue(tx, catalogue);
    savePreference =
        new SavePreference(
            tx,
            preferences,
            forms,
            w.policy(),
            w.store().users(),
            w.store().plans(),
            w.planLimits(),
            changes,
            w.ids(),
            w.clock());
    changePreference = new ChangePreference(tx, preferences, forms, access, changes, w.clock());
    pausePreference = new PausePreference(tx, preferences, access, changes, w.clock());
    deletePreference = new DeletePreference(tx, preferences, access);
    viewPreferences = new ViewPreferences(tx, preferences, access);
    var matcher =
        new PreferenceMatcher(w.store().matchCandidates(), w.store().blocks(), w.scoring());
    var checks =
        new BuyerChecks(
            w.store().buyerRequirements(), w.store().buyerRecords(), w.eligibility(), w.clock());
    findMatches = new FindMatches(tx, preferences, matcher, w.policy(), checks);
    notifyNewMatches =
        new NotifyNewMatches(
            tx,
            w.store().changeQueue(),
            preferences,
            w.store().searchesFitting(),
            matcher,
            new MatchNotices(
                w.store().sentReminders(),
                w.notifier(),
                new Texter(w.store().smsOutbox(), w.ids(), w.clock()),
                w.store().users(),
                w.clock()));
  }

  public AddCatalogueValue addCatalogueValue() {
    return addCatalogueValue;
  }

  /** Renaming and removing catalogue values. */
  public ChangeCatalogue changeCatalogue() {
    return changeCatalogue;
  }

  public ViewCatalogue viewCatalogue() {
    return viewCatalogue;
  }

  public SavePreference savePreference() {
    return savePreference;
  }

  public ChangePreference changePreference() {
    return changePreference;
  }

  /** Pausing and resuming saved searches. */
  public PausePreference pausePreference() {
    return pausePreference;
  }

  public DeletePreference deletePreference() {
    return deletePreference;
  }

  public ViewPreferences viewPreferences() {
    return viewPreferences;
  }

  public FindMatches findMatches() {
    return findMatches;
  }

  /** Tells buyers of open trades that newly fit their searches; a background job runs it. */
  public NotifyNewMatches notifyNewMatches() {
    return notifyNewMatches;
  }
}
