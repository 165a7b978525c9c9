package dev.motorhub.application.identity;

import dev.motorhub.domain.identity.Email;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The user accounts. Usernames and emails are unique regardless of case, phones are unique. */
public interface UserRepository {
  /**
   * Why an account that the records of the marketplace, billing or car care (service requests, as
   * customer, assigned mechanic or who cancelled; attendance, work status changes and cost lines,
   * as who recorded them) name is not deleted.
   */
  String ON_RECORD =
      "This account has trades, proposals, invoices, payments, service requests, car care work or"
          + " orders on record; deactivate it instead of deleting it.";

  /** Stores a new account; a taken username, email or phone is a {@code Conflict} on that field. */
  void add(User user);

  /**
   * Stores a changed account and returns it with its next version; a change made on a stale copy,
   * or a taken unique value, is a {@code Conflict}.
   */
  User update(User user);

  /** Notes a successful sign-in without touching the version: logins never conflict. */
  void recordLogin(UserId id, Instant at);

  Optional<User> findById(UserId id);

  Optional<User> findByUsername(Username username);

  /** The account with this email, regardless of case. */
  Optional<User> findByEmail(Email email);

  Page<User> list(UserFilter filter, PageRequest page);

  /**
   * Removes the account, its sessions, refresh tokens and profiles; an account on record in the
   * marketplace, billing or car care is a {@code Conflict} ({@link #ON_RECORD}) and nothing is
   * removed.
   */
  void delete(UserId id);

  /**
   * Up to {@code limit} accounts whose subscription ends after {@code now} and by {@code until} and
   * whose reminder of that end was not sent (a {@link #SUBSCRIPTION_SUBJECT} reminder of the
   * account on {@link #endingOccasion}), the soonest end first, each locked until the end of the
   * unit of work; those another unit of work holds are skipped, so two instances reminding at once
   * take different accounts.
   */
  List<User> claimSubscriptionsEnding(Instant now, Instant until, int limit);

  /** The subject type of a subscription's reminders; the subject is the account. */
  String SUBSCRIPTION_SUBJECT = "subscription";

  /**
   * The occasion of the reminder that a subscription ending at {@code endsAt} ends soon: {@code
   * ending_} and the end in microseconds since the epoch, so that a later subscription of the same
   * account is reminded of its own end.
   */
  static String endingOccasion(Instant endsAt) {
    return "ending_" + (endsAt.getEpochSecond() * 1_000_000 + endsAt.getNano() / 1_000);
  }
}
