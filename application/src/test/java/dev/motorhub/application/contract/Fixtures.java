package dev.motorhub.application.contract;

import dev.motorhub.application.shared.UuidV7Generator;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerDetails;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.Email;
import dev.motorhub.domain.identity.PasswordHash;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.identity.PhoneRule;
import dev.motorhub.domain.identity.RefreshToken;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.Session;
import dev.motorhub.domain.identity.SessionId;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.SubscriptionPlanId;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserDetails;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The records the port contracts store: valid, distinct by name, with time-ordered ids (so id order
 * is creation order) and instants at microsecond precision (what PostgreSQL keeps).
 */
public final class Fixtures {
  /** When fixtures happen, with microseconds to show they survive a round trip. */
  public static final Instant T0 = Instant.parse("2025-03-10T09:00:00.123456Z");

  private static final UuidV7Generator IDS =
      new UuidV7Generator(Clock.systemUTC(), new SplittableRandom());

  private Fixtures() {}

  public static UUID nextId() {
    return IDS.next();
  }

  /** {@link #T0} moved on by {@code minutes}. */
  public static Instant at(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  /** An active customer account without phone, names, plan or login. */
  public static User user(String username) {
    return user(username, "", "");
  }

  public static User user(String username, String firstName, String lastName) {
    return new User(
        new UserId(nextId()),
        new Username(username),
        new Email(username + "@motorhub.test"),
        Optional.empty(),
        firstName,
        lastName,
        Role.CUSTOMER,
        AccountStatus.ACTIVE,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        new PasswordHash("hash-of-" + username),
        T0,
        T0,
        Optional.empty(),
        0);
  }

  /** The same account with another email, keeping its version. */
  public static User withEmail(User user, String email) {
    UserDetails d = user.details();
    return user.withDetails(
        new UserDetails(d.username(), new Email(email), d.phone(), d.firstName(), d.lastName()),
        user.updatedAt());
  }

  /** The same account with another phone (E.164 if it reads so, else free text), same version. */
  public static User withPhone(User user, String phone) {
    UserDetails d = user.details();
    return user.withDetails(
        new UserDetails(
            d.username(),
            d.email(),
            Optional.of(PhoneRule.FREE_TEXT.read(phone)),
            d.firstName(),
            d.lastName()),
        user.updatedAt());
  }

  /** The same account with another username, keeping its version. */
  public static User withUsername(User user, String username) {
    UserDetails d = user.details();
    return user.withDetails(
        new UserDetails(new Username(username), d.email(), d.phone(), d.firstName(), d.lastName()),
        user.updatedAt());
  }

  /** The request for the page after {@code page}, which must have a next one. */
  public static PageRequest nextPage(Page<?> page, int limit) {
    return PageRequest.parse(String.valueOf(limit), page.nextCursor().orElseThrow());
  }

  public static SubscriptionPlan plan(String name, String price) {
    return new SubscriptionPlan(
        new SubscriptionPlanId(nextId()), name, Money.of(price, "USD"), 30, true, T0, T0);
  }

  /** A thirty-day session of {@code user} that started at {@link #T0}. */
  public static Session session(UserId user) {
    return Session.start(new SessionId(nextId()), user, T0, T0.plus(Duration.ofDays(30)));
  }

  /** An unused refresh token of {@code session} issued at {@code issuedAt}. */
  public static RefreshToken token(SessionId session, Instant issuedAt) {
    return new RefreshToken("digest-" + nextId(), session, issuedAt, Optional.empty());
  }

  /** A customer profile of {@code user} with the given details, created at {@link #T0}. */
  public static Customer customer(UserId user, CustomerDetails details) {
    return new Customer(
        new CustomerId(nextId()), new Customer.Holder.Account(user), details, T0, T0);
  }

  /** Customer details with only a job, a date of birth and a phone. */
  public static CustomerDetails details(String job, LocalDate dateOfBirth, String phone) {
    return new CustomerDetails(
        job,
        "",
        Optional.ofNullable(dateOfBirth),
        "",
        "",
        "",
        "",
        Optional.ofNullable(phone).map(PhoneNumber::new));
  }

  public static Mechanic mechanic(UserId user, String specialization, int years) {
    return new Mechanic(new MechanicId(nextId()), user, specialization, years, T0, T0);
  }
}
