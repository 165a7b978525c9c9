package dev.motorhub.application.identity;

import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.PasswordPolicy;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The holder changes their own password, proving the current one. Every session of the account
 * ends, this one included: all its devices must sign in again.
 */
public final class ChangePassword {
  /** What a wrong current password is refused with, on {@code old_password}. */
  public static final String WRONG_CURRENT_PASSWORD = "Old password is not correct.";

  /** The caller, their current password and the new one. */
  public record Command(Principal principal, String currentPassword, String newPassword) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      new Violations()
          .require(currentPassword, "old_password")
          .require(newPassword, "new_password")
          .throwIfAny();
    }

    @Override
    public String toString() {
      return "Command[principal=" + principal + ", passwords=***]";
    }
  }

  private final Transactions tx;
  private final UserRepository users;
  private final SessionRepository sessions;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final Clock clock;

  public ChangePassword(
      Transactions tx,
      UserRepository users,
      SessionRepository sessions,
      PasswordHasher hasher,
      PasswordPolicy policy,
      Clock clock) {
    this.tx = tx;
    this.users = users;
    this.sessions = sessions;
    this.hasher = hasher;
    this.policy = policy;
    this.clock = clock;
  }

  public void change(Command command) {
    User user =
        tx.inTransaction(() -> users.findById(command.principal().actor().id()))
            .orElseThrow(() -> new NotFound("User"));
    if (!hasher.matches(command.currentPassword(), user.passwordHash())) {
      throw InvalidInput.of("old_password", WRONG_CURRENT_PASSWORD);
    }
    policy.check(command.newPassword(), "new_password", user.details());
    var hash = hasher.hash(command.newPassword());
    Instant now = clock.instant();
    tx.run(
        () -> {
          users.update(user.withPassword(hash, now));
          sessions.revokeAllOf(user.id(), now);
        });
  }
}
