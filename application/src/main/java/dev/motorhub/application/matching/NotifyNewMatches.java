package dev.motorhub.application.matching;

import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.application.notifications.SentReminders;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.matching.MatchingPolicy;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.notifications.SentReminder;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;

/**
 * Tells each buyer, once per saved search and trade, of an open trade that fits the search at the
 * default threshold or above, whatever brought it in: a new trade, a price that came into range, a
 * new or changed search. What was told is kept (a sent reminder of the search on the occasion of
 * the trade), so a rerun, another instance at the same time, or a trade that drops out of range and
 * comes back tells nothing twice; a closed trade is never a candidate. The searches are gone
 * through a batch a unit of work.
 */
public final class NotifyNewMatches {
  public static final int BATCH = 100;

  private final Transactions tx;
  private final PreferenceRepository preferences;
  private final PreferenceMatcher matcher;
  private final SentReminders told;
  private final Notifier notifier;
  private final Clock clock;

  public NotifyNewMatches(
      Transactions tx,
      PreferenceRepository preferences,
      PreferenceMatcher matcher,
      SentReminders told,
      Notifier notifier,
      Clock clock) {
    this.tx = tx;
    this.preferences = preferences;
    this.matcher = matcher;
    this.told = told;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** Goes through every active search; answers how many buyers' notices it left. */
  public int notifyBuyers() {
    int notices = 0;
    PageRequest page = PageRequest.first(BATCH);
    while (true) {
      PageRequest current = page;
      Page<Preference> batch = tx.inTransaction(() -> preferences.listActive(current));
      notices += tx.inTransaction(() -> tell(batch));
      if (batch.nextCursor().isEmpty()) {
        return notices;
      }
      page = PageRequest.parse(String.valueOf(BATCH), batch.nextCursor().get());
    }
  }

  private int tell(Page<Preference> batch) {
    Instant now = clock.instant();
    int notices = 0;
    for (Preference preference : batch.items()) {
      var hidden = matcher.hiddenFrom(preference.owner());
      for (Match match : matcher.matches(preference, hidden, MatchingPolicy.DEFAULT_THRESHOLD)) {
        var trade = match.subject().trade();
        if (told.add(
            new SentReminder(
                "preference", preference.id().value(), "match:" + trade.id().value(), now))) {
          VehicleDetails vehicle = match.subject().vehicle().details();
          notifier.tell(
              preference.owner(),
              NotificationKind.NEW_MATCH,
              "A "
                  + vehicle.brand()
                  + " "
                  + vehicle.model()
                  + " fits your search "
                  + preference.name()
                  + " ("
                  + match.score()
                  + " of 100).",
              "trade",
              trade.id().value());
          notices++;
        }
      }
    }
    return notices;
  }
}
