package dev.motorhub.domain.identity;

import dev.motorhub.domain.shared.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user account: who someone is on the platform, how they sign in and what they may do.
 *
 * <p>An account is created active with a role. Its username and email are unique regardless of
 * case, its phone (optional: E.164, or free text where a seed keeps it so) is unique as stored; the
 * store enforces uniqueness. An account on a subscription plan has it from {@code
 * subscriptionStartedAt}, when it was chosen, until {@code subscriptionEndsAt}, the plan's days
 * later. The holder or an administrator changes the details; only an active account signs in, so
 * suspending or deactivating it shuts its holder out at once. Every change returns a new value with
 * {@code updatedAt} moved on; {@code version} lets the store refuse a change made on a stale copy.
 */
public record User(
    UserId id,
    Username username,
    Email email,
    Optional<Phone> phone,
    String firstName,
    String lastName,
    Role role,
    AccountStatus status,
    Optional<SubscriptionPlanId> plan,
    Optional<Instant> subscriptionStartedAt,
    Optional<Instant> subscriptionEndsAt,
    PasswordHash passwordHash,
    Instant createdAt,
    Instant updatedAt,
    Optional<Instant> lastLoginAt,
    long version) {

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    firstName = Text.bounded(firstName, "first_name", 150);
    lastName = Text.bounded(lastName, "last_name", 150);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(plan, "plan");
    if (plan.isPresent() != subscriptionEndsAt.isPresent()
        || plan.isPresent() != subscriptionStartedAt.isPresent()) {
      throw new IllegalArgumentException("A subscription has a plan, a start and an end, or none");
    }
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(lastLoginAt, "lastLoginAt");
  }

  /** A new, active account. */
  public static User open(
      UserId id, UserDetails details, Role role, PasswordHash passwordHash, Instant at) {
    return new User(
        id,
        details.username(),
        details.email(),
        details.phone(),
        details.firstName(),
        details.lastName(),
        role,
        AccountStatus.ACTIVE,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        passwordHash,
        at,
        at,
        Optional.empty(),
        0);
  }

  public UserDetails details() {
    return new UserDetails(username, email, phone, firstName, lastName);
  }

  public boolean canSignIn() {
    return status == AccountStatus.ACTIVE;
  }

  public User withDetails(UserDetails newDetails, Instant at) {
    return next(newDetails, role, status, subscription(), passwordHash, at, lastLoginAt);
  }

  public User withRole(Role newRole, Instant at) {
    return next(details(), newRole, status, subscription(), passwordHash, at, lastLoginAt);
  }

  public User withStatus(AccountStatus newStatus, Instant at) {
    return next(details(), role, newStatus, subscription(), passwordHash, at, lastLoginAt);
  }

  public User withPassword(PasswordHash newHash, Instant at) {
    return next(details(), role, status, subscription(), newHash, at, lastLoginAt);
  }

  /** The account subscribed to {@code newPlan} from {@code at}, for the plan's days. */
  public User subscribe(SubscriptionPlan newPlan, Instant at) {
    Subscription term =
        new Subscription(
            Optional.of(newPlan.id()),
            Optional.of(at),
            Optional.of(at.plus(Duration.ofDays(newPlan.durationDays()))));
    return next(details(), role, status, term, passwordHash, at, lastLoginAt);
  }

  /** The account on no plan. */
  public User unsubscribe(Instant at) {
    Subscription none = new Subscription(Optional.empty(), Optional.empty(), Optional.empty());
    return next(details(), role, status, none, passwordHash, at, lastLoginAt);
  }

  /** Signing in is not a change of the account: {@code updatedAt} stays. */
  public User loggedIn(Instant at) {
    return next(details(), role, status, subscription(), passwordHash, updatedAt, Optional.of(at));
  }

  /** This account with what may change after it is opened; its id, creation and version stay. */
  private User next(
      UserDetails newDetails,
      Role newRole,
      AccountStatus newStatus,
      Subscription newSubscription,
      PasswordHash newHash,
      Instant changedAt,
      Optional<Instant> newLastLogin) {
    return new User(
        id,
        newDetails.username(),
        newDetails.email(),
        newDetails.phone(),
        newDetails.firstName(),
        newDetails.lastName(),
        newRole,
        newStatus,
        newSubscription.plan(),
        newSubscription.startedAt(),
        newSubscription.endsAt(),
        newHash,
        createdAt,
        changedAt,
        newLastLogin,
        version);
  }

  private Subscription subscription() {
    return new Subscription(plan, subscriptionStartedAt, subscriptionEndsAt);
  }

  /** A plan, when it started and when it ends, as they change together. */
  private record Subscription(
      Optional<SubscriptionPlanId> plan, Optional<Instant> startedAt, Optional<Instant> endsAt) {}

  /** "First Last", or the username when the account has no name. */
  public String displayName() {
    String full = (firstName + " " + lastName).strip();
    return full.isEmpty() ? username.value() : full;
  }
}
