package dev.motorhub.application.identity;

import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.PasswordPolicy;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Sets an account's password without the current one: an administrator for the accounts they
 * manage, or a holder already signed in (as the Lease API allows). Every session of the account
 * ends.
 */
public final class SetPassword {
  /** Who asks, whose password, and the new password. */
  public record Command(Principal principal, UserId user, String newPassword) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(user, "user");
      new Violations().require(newPassword, "password").throwIfAny();
    }

    @Override
    public String toString() {
      return "Command[principal=" + principal + ", user=" + user + ", password=***]";
    }
  }

  private final Transactions tx;
  private final UserRepository users;
  private final SessionRepository sessions;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final AccessPolicy access;
  private final Clock clock;

  public SetPassword(
      Transactions tx,
      UserRepository users,
      SessionRepository sessions,
      PasswordHasher hasher,
      PasswordPolicy policy,
      AccessPolicy access,
      Clock clock) {
    this.tx = tx;
    this.users = users;
    this.sessions = sessions;
    this.hasher = hasher;
    this.policy = policy;
    this.access = access;
    this.clock = clock;
  }

  public void set(Command command) {
    var actor = command.principal().actor();
    User user =
        tx.inTransaction(() -> users.findById(command.user()))
            .filter(u -> access.mayView(actor, u))
            .orElseThrow(() -> new NotFound("User"));
    AccessPolicy.require(
        access.mayManage(actor, user), "You do not have permission to set this password.");
    policy.check(command.newPassword(), "password", user.details());
    var hash = hasher.hash(command.newPassword());
    Instant now = clock.instant();
    tx.run(
        () -> {
          users.update(user.withPassword(hash, now));
          sessions.revokeAllOf(user.id(), now);
        });
  }
}
