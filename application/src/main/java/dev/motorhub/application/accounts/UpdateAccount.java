package dev.motorhub.application.accounts;

import dev.motorhub.application.customers.CustomerChanges;
import dev.motorhub.application.customers.CustomerRepository;
import dev.motorhub.application.identity.PhoneVerificationRepository;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.SessionRepository;
import dev.motorhub.application.identity.SubscriptionPlanRepository;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.SubscriptionPlanId;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Changes an account: its details (the holder or whoever manages it), its role (a superuser), its
 * status (see {@link AccessPolicy#mayChangeStatus}), its subscription plan (the holder or staff, to
 * an active plan) and the fields of its customer profile, when it has one, all in one unit of work.
 * Leaving the active status ends every session of the account; a changed phone is no longer
 * verified.
 */
public final class UpdateAccount {
  /**
   * Who asks, whose account, what changes on it, and what changes on its customer profile (the
   * profile's own fields: names change through {@code changes}).
   */
  public record Command(
      Principal principal, UserId user, AccountChanges changes, CustomerChanges profile) {
    public Command(Principal principal, UserId user, AccountChanges changes) {
      this(principal, user, changes, CustomerChanges.none());
    }
  }

  private final Transactions tx;
  private final UserRepository users;
  private final CustomerRepository customers;
  private final SessionRepository sessions;
  private final SubscriptionPlanRepository plans;
  private final PhoneVerificationRepository verifications;
  private final AccountReader reader;
  private final AccessPolicy access;
  private final Clock clock;

  public UpdateAccount(
      Transactions tx,
      UserRepository users,
      CustomerRepository customers,
      SessionRepository sessions,
      SubscriptionPlanRepository plans,
      PhoneVerificationRepository verifications,
      AccountReader reader,
      AccessPolicy access,
      Clock clock) {
    this.tx = tx;
    this.users = users;
    this.customers = customers;
    this.sessions = sessions;
    this.plans = plans;
    this.verifications = verifications;
    this.reader = reader;
    this.access = access;
    this.clock = clock;
  }

  public Account update(Command command) {
    Actor actor = command.principal().actor();
    AccountChanges changes = command.changes();
    Instant now = clock.instant();
    return tx.inTransaction(
        () -> {
          User user =
              users
                  .findById(command.user())
                  .filter(u -> access.mayView(actor, u))
                  .orElseThrow(() -> new NotFound("User"));
          AccessPolicy.require(
              access.mayManage(actor, user), "You do not have permission to change this account.");
          User changed = user.withDetails(changes.applyTo(user.details()), now);
          changed = withRole(actor, changed, changes.role(), now);
          changed = withStatus(actor, changed, changes.status(), now);
          changed = withPlan(actor, changed, changes.subscriptionPlan(), now);
          User stored = changed.equals(user) ? user : users.update(changed);
          if (!stored.phone().equals(user.phone())) {
            verifications.remove(stored.id());
          }
          if (user.canSignIn() && !stored.canSignIn()) {
            sessions.revokeAllOf(stored.id(), now);
          }
          if (command.profile().changesProfile()) {
            customers.findByUser(stored.id()).ifPresent(c -> change(c, command.profile(), now));
          }
          return reader.of(stored);
        });
  }

  /** The profile's changes, after the account's: a refusal here undoes those too. */
  private void change(Customer customer, CustomerChanges changes, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    customers.update(customer.withDetails(changes.applyTo(customer.details()), today, now));
  }

  private User withRole(Actor actor, User user, String role, Instant now) {
    if (role == null || Role.parse(role, "role") == user.role()) {
      return user;
    }
    AccessPolicy.require(
        access.mayChangeRole(actor, user), "Only a superuser changes the role of another account.");
    return user.withRole(Role.parse(role, "role"), now);
  }

  private User withStatus(Actor actor, User user, String status, Instant now) {
    if (status == null) {
      return user;
    }
    AccountStatus wanted = AccountStatus.parse(status, "status");
    if (wanted == user.status()) {
      return user;
    }
    AccessPolicy.require(
        access.mayChangeStatus(actor, user, wanted),
        "You do not have permission to make this account " + wanted.wire() + ".");
    return user.withStatus(wanted, now);
  }

  private User withPlan(Actor actor, User user, String plan, Instant now) {
    if (plan == null) {
      return user;
    }
    if (plan.isBlank()) {
      return user.plan().isEmpty() ? user : user.unsubscribe(now);
    }
    SubscriptionPlanId id = SubscriptionPlanId.parse(plan, "subscription_plan");
    if (user.plan().equals(Optional.of(id))) {
      return user;
    }
    SubscriptionPlan found =
        plans
            .findById(id)
            .orElseThrow(
                () ->
                    InvalidInput.of(
                        "subscription_plan", "The selected subscription plan does not exist."));
    if (!found.active() && !access.mayManagePlans(actor)) {
      throw new RuleViolated("The plan " + found.name() + " is no longer offered.");
    }
    return user.subscribe(found, now);
  }
}
