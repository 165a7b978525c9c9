package dev.motorhub.application.accounts;

import dev.motorhub.application.identity.PasswordHasher;
import dev.motorhub.application.identity.SessionStarter;
import dev.motorhub.application.identity.Tokens;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.PasswordPolicy;
import dev.motorhub.domain.identity.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Someone signs up as a customer (the default) or a mechanic. The account comes with its profile
 * and a first session, so the new holder is signed in at once.
 */
public final class RegisterAccount {
  /** The new account and the tokens of its first session. */
  public record Registered(Account account, Tokens tokens) {}

  private static final Set<Role> SELF_CHOSEN_ROLES = EnumSet.of(Role.CUSTOMER, Role.MECHANIC);

  private final Transactions tx;
  private final AccountOpener opener;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final SessionStarter sessions;
  private final Clock clock;

  public RegisterAccount(
      Transactions tx,
      AccountOpener opener,
      PasswordHasher hasher,
      PasswordPolicy policy,
      SessionStarter sessions,
      Clock clock) {
    this.tx = tx;
    this.opener = opener;
    this.hasher = hasher;
    this.policy = policy;
    this.sessions = sessions;
    this.clock = clock;
  }

  public Registered register(AccountForm form) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    AccountForm.Valid valid = form.validate(policy, Role.CUSTOMER, SELF_CHOSEN_ROLES, today);
    var hash = hasher.hash(valid.password());
    return tx.inTransaction(
        () -> {
          Account account = opener.open(valid, hash, now, today);
          return new Registered(account, sessions.start(account.user(), now));
        });
  }
}
