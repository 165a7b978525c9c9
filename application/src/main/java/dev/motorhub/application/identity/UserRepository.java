package dev.motorhub.application.identity;

import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** The user accounts. Usernames and emails are unique regardless of case, phones are unique. */
public interface UserRepository {
  /**
   * Why an account that the records of the marketplace, billing or car care (service requests, as
   * customer or assigned mechanic) name is not deleted.
   */
  String ON_RECORD =
      "This account has trades, proposals, invoices, payments, service requests or orders on"
          + " record; deactivate it instead of deleting it.";

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

  Page<User> list(UserFilter filter, PageRequest page);

  /**
   * Removes the account, its sessions, refresh tokens and profiles; an account on record in the
   * marketplace or billing is a {@code Conflict} ({@link #ON_RECORD}) and nothing is removed.
   */
  void delete(UserId id);
}
