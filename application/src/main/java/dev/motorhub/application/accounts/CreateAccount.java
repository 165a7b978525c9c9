package dev.motorhub.application.accounts;

import dev.motorhub.application.identity.PasswordHasher;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.PasswordPolicy;
import dev.motorhub.domain.identity.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An administrator opens an account for someone: staff for customers and mechanics, only a
 * superuser for staff and superusers. It opens active with its role's profile unless the command
 * says otherwise, all in one unit of work; no session is started.
 */
public final class CreateAccount {
  /** Whether the account comes with its role's profile, or is the user alone (seed 000's add). */
  public enum Profile {
    OF_ROLE,
    NONE
  }

  /**
   * Who asks, the account to open (a customer unless the form names a role), the status it opens in
   * and whether its role's profile comes with it.
   */
  public record Command(
      Principal principal, AccountForm form, AccountStatus status, Profile profile) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(form, "form");
      status = status == null ? AccountStatus.ACTIVE : status;
      profile = profile == null ? Profile.OF_ROLE : profile;
    }

    /** An active account with its role's profile. */
    public Command(Principal principal, AccountForm form) {
      this(principal, form, AccountStatus.ACTIVE, Profile.OF_ROLE);
    }
  }

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
    return tx.inTransaction(
        () -> opener.open(valid, hash, command.status(), command.profile(), now, today));
  }
}
