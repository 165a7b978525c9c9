package dev.motorhub.application.matching;

import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.application.notifications.SentReminders;
import dev.motorhub.application.notifications.Texter;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.identity.Phone;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.notifications.SentReminder;
import dev.motorhub.domain.shared.Money;
import java.time.Clock;

/**
 * Tells a buyer of a new match, once per saved search and trade: in the app, and by SMS too (queued
 * in the outbox) when the search asks for it and the account has an E.164 phone. What was told is
 * kept (a sent reminder of the search on the occasion of the trade) in the same unit of work as the
 * notice and the text, so neither is ever sent twice.
 */
public final class MatchNotices {
  private final SentReminders told;
  private final Notifier notifier;
  private final Texter texter;
  private final UserRepository users;
  private final Clock clock;

  public MatchNotices(
      SentReminders told, Notifier notifier, Texter texter, UserRepository users, Clock clock) {
    this.told = told;
    this.notifier = notifier;
    this.texter = texter;
    this.users = users;
    this.clock = clock;
  }

  /** Tells the search's owner of {@code match} unless they were told already; answers if told. */
  boolean tell(Match match) {
    Preference preference = match.preference();
    Trade.Open trade = match.subject().trade();
    if (!told.add(
        new SentReminder(
            "preference",
            preference.id().value(),
            "match:" + trade.id().value(),
            clock.instant()))) {
      return false;
    }
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
    if (preference.notifySms()) {
      users
          .findById(preference.owner())
          .flatMap(u -> u.phone())
          .flatMap(Phone::e164)
          .ifPresent(phone -> texter.text(phone, text(match), "trade", trade.id().value()));
    }
    return true;
  }

  /** The text: the vehicle, its price and the search, such as fits on one or two SMS. */
  static String text(Match match) {
    MatchSubject subject = match.subject();
    VehicleDetails vehicle = subject.vehicle().details();
    return "Motorhub: a "
        + vehicle.brand()
        + " "
        + vehicle.model()
        + " "
        + vehicle.year()
        + price(subject)
        + " fits your search "
        + match.preference().name()
        + ".";
  }

  private static String price(MatchSubject subject) {
    var asked =
        subject.kind().isLease()
            ? subject.monthlyInstalment().map(m -> money(m) + " a month")
            : subject.price().map(MatchNotices::money);
    return asked.map(a -> " at " + a).orElse(" (no price yet)");
  }

  private static String money(Money money) {
    return money.currency().getCurrencyCode() + " " + money.plain();
  }
}
