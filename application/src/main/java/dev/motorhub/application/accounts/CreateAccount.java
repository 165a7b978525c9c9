package dev.motorhub.application.accounts;

import dev.motorhub.application.identity.PasswordHasher;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.PasswordPolicy;
import dev.motorhub.domain.identity.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An administrator opens an account for someone: staff for customers and mechanics, only a
 * superuser for staff and superusers. The role's profile comes with it; no session is started.
 */
public final class CreateAccount {
  /** Who asks, and the account to open (a customer unless the form names a role). */
  public record Command(Principal principal, AccountForm form) {}

  private final Transactions tx;
  private final AccountOpener opener;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final AccessPolicy access;
  private final Clock clock;

  public CreateAccount(
      Transactions tx,
      AccountOpener opener,
      PasswordHasher hasher,
      PasswordPolicy policy,
      AccessPolicy access,
      Clock clock) {
    this.tx = tx;
    this.opener = opener;
    this.hasher = hasher;
    this.policy = policy;
    this.access = access;
    this.clock = clock;
  }

  public Account create(Command command) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    AccessPolicy.require(
        access.mayList(command.principal().actor()),
        "You do not have permission to create accounts.");
    AccountForm.Valid valid = command.form().validate(policy, Role.CUSTOMER, today);
    AccessPolicy.require(
        access.mayCreate(command.principal().actor(), valid.role()),
        "Only a superuser creates " + valid.role().wire() + " accounts.");
    var hash = hasher.hash(valid.password());
    return tx.inTransaction(() -> opener.open(valid, hash, now, today));
  }
}
