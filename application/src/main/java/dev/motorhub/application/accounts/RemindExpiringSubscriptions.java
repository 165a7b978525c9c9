package dev.motorhub.application.accounts;

import dev.motorhub.application.identity.SubscriptionPlanRepository;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.application.notifications.SentReminders;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.notifications.SentReminder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The subscription sweep (seed 002's reminder of expiring subscriptions): an account whose
 * subscription ends within two days is told so in the app, once for that end. One batch a call, in
 * one unit of work that holds the accounts it takes and records each reminder under a unique key,
 * so neither a rerun nor another instance sweeping at once reminds anyone twice.
 */
public final class RemindExpiringSubscriptions {
  /** The most accounts one call reminds. */
  public static final int BATCH = 100;

  /** How long before its end a subscription is reminded of. */
  public static final Duration AHEAD = Duration.ofDays(2);

  private final Transactions tx;
  private final UserRepository users;
  private final SubscriptionPlanRepository plans;
  private final SentReminders sent;
  private final Notifier notifier;
  private final Clock clock;

  public RemindExpiringSubscriptions(
      Transactions tx,
      UserRepository users,
      SubscriptionPlanRepository plans,
      SentReminders sent,
      Notifier notifier,
      Clock clock) {
    this.tx = tx;
    this.users = users;
    this.plans = plans;
    this.sent = sent;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** Reminds one batch; answers how many accounts it took ({@link #BATCH} when more may wait). */
  public int remind() {
    Instant now = clock.instant();
    return tx.inTransaction(
        () -> {
          List<User> ending = users.claimSubscriptionsEnding(now, now.plus(AHEAD), BATCH);
          for (User user : ending) {
            Instant end = user.subscriptionEndsAt().orElseThrow();
            SentReminder reminder =
                new SentReminder(
                    UserRepository.SUBSCRIPTION_SUBJECT,
                    user.id().value(),
                    UserRepository.endingOccasion(end),
                    now);
            if (sent.add(reminder)) {
              tell(user, end);
            }
          }
          return ending.size();
        });
  }

  private void tell(User user, Instant end) {
    String plan =
        user.plan().flatMap(plans::findById).map(SubscriptionPlan::name).orElse("subscription");
    String when = DateTimeFormatter.ISO_INSTANT.format(end);
    notifier.tell(
        user.id(),
        NotificationKind.SUBSCRIPTION_ENDING,
        "Your " + plan + " subscription ends at " + when + ". Choose a plan again to go on.",
        UserRepository.SUBSCRIPTION_SUBJECT,
        user.id().value());
  }
}
