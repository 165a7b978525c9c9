package dev.motorhub.application.accounts;

import dev.motorhub.application.identity.PasswordHasher;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.PasswordPolicy;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.Username;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Makes sure a superuser with the given username exists, creating it if there is none: how an
 * operator gets the first administrator. An existing account of that name is left untouched.
 */
public final class EnsureSuperuser {
  /** What happened: the account, and whether it was created now. */
  public record Outcome(User user, boolean created) {}

  private final Transactions tx;
  private final UserRepository users;
  private final AccountOpener opener;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final Clock clock;

  public EnsureSuperuser(
      Transactions tx,
      UserRepository users,
      AccountOpener opener,
      PasswordHasher hasher,
      PasswordPolicy policy,
      Clock clock) {
    this.tx = tx;
    this.users = users;
    this.opener = opener;
    this.hasher = hasher;
    this.policy = policy;
    this.clock = clock;
  }

  public Outcome ensure(String username, String email, String password) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    Optional<User> existing = tx.inTransaction(() -> users.findByUsername(new Username(username)));
    if (existing.isPresent()) {
      return new Outcome(existing.get(), false);
    }
    AccountForm form =
        AccountForm.builder(username, email, password)
            .names("", "")
            .role(Role.SUPERUSER.wire())
            .build();
    AccountForm.Valid valid = form.validate(policy, Role.SUPERUSER, today);
    var hash = hasher.hash(valid.password());
    return new Outcome(tx.inTransaction(() -> opener.open(valid, hash, now, today)).user(), true);
  }
}
