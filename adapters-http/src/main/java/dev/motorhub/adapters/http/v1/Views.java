package dev.motorhub.adapters.http.v1;

import dev.motorhub.application.accounts.Account;
import dev.motorhub.application.customers.CustomerKind;
import dev.motorhub.application.customers.CustomerRecord;
import dev.motorhub.application.identity.Tokens;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.identity.Phone;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.Page;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The JSON shapes of the platform's own API (field names become snake_case). */
final class Views {
  private Views() {}

  record UserView(
      String id,
      String username,
      String email,
      String phoneNumber,
      boolean phoneVerified,
      String firstName,
      String lastName,
      String role,
      String status,
      String subscriptionPlan,
      Instant subscriptionStartedAt,
      Instant subscriptionEndsAt,
      LimitsView subscriptionLimits,
      String customerId,
      MechanicView mechanic,
      Instant createdAt,
      Instant updatedAt,
      Instant lastLogin) {}

  record MechanicView(String id, String specialization, int experienceYears) {}

  /** What the account's plan allows; a null limit is unlimited. */
  record LimitsView(Integer interestsPerMonth, Integer savedPreferences) {}

  record CustomerView(
      String id,
      String kind,
      String name,
      String userId,
      String username,
      String email,
      String firstName,
      String lastName,
      String job,
      String notes,
      LocalDate dob,
      Integer age,
      String address,
      String city,
      String state,
      String zipCode,
      String phoneNumber,
      Instant createdAt,
      Instant updatedAt) {}

  record PlanView(
      String id,
      String name,
      String price,
      String currency,
      int durationDays,
      boolean active,
      Integer interestsPerMonth,
      Integer savedPreferences,
      Instant createdAt,
      Instant updatedAt) {}

  record TokensView(
      String accessToken, String tokenType, long expiresIn, String refreshToken, UserView user) {}

  record PageView<T>(List<T> items, String nextCursor) {}

  static UserView user(Account account) {
    User u = account.user();
    return new UserView(
        u.id().toString(),
        u.username().value(),
        u.email().value(),
        u.phone().map(Phone::value).orElse(null),
        account.phoneVerified(),
        u.firstName(),
        u.lastName(),
        u.role().wire(),
        u.status().wire(),
        u.plan().map(Object::toString).orElse(null),
        u.subscriptionStartedAt().orElse(null),
        u.subscriptionEndsAt().orElse(null),
        account
            .plan()
            .map(
                p ->
                    new LimitsView(
                        p.limits().interestsPerMonth().orElse(null),
                        p.limits().savedPreferences().orElse(null)))
            .orElse(null),
        account.customer().map(c -> c.id().toString()).orElse(null),
        account.mechanic().map(Views::mechanic).orElse(null),
        u.createdAt(),
        u.updatedAt(),
        u.lastLoginAt().orElse(null));
  }

  static MechanicView mechanic(Mechanic m) {
    return new MechanicView(m.id().toString(), m.specialization(), m.yearsOfExperience());
  }

  static CustomerView customer(CustomerRecord record, Clock clock) {
    Customer c = record.customer();
    Optional<User> u = record.account();
    var age = c.age(LocalDate.now(clock));
    return new CustomerView(
        c.id().toString(),
        (u.isPresent() ? CustomerKind.ACCOUNT : CustomerKind.STANDALONE).wire(),
        record.displayName(),
        u.map(a -> a.id().toString()).orElse(null),
        u.map(a -> a.username().value()).orElse(null),
        u.map(a -> a.email().value()).orElse(null),
        u.map(User::firstName).orElse(null),
        u.map(User::lastName).orElse(null),
        c.details().job(),
        c.details().notes(),
        c.details().dateOfBirth().orElse(null),
        age.isPresent() ? age.getAsInt() : null,
        c.details().address(),
        c.details().city(),
        c.details().state(),
        c.details().zipCode(),
        c.details().phone().map(PhoneNumber::value).orElse(null),
        c.createdAt(),
        c.updatedAt());
  }

  static PlanView plan(SubscriptionPlan p) {
    return new PlanView(
        p.id().toString(),
        p.name(),
        p.price().plain(),
        p.price().currency().getCurrencyCode(),
        p.durationDays(),
        p.active(),
        p.limits().interestsPerMonth().orElse(null),
        p.limits().savedPreferences().orElse(null),
        p.createdAt(),
        p.updatedAt());
  }

  static TokensView tokens(Tokens tokens, Account account, Clock clock) {
    return new TokensView(
        tokens.accessToken(),
        "Bearer",
        Math.max(0, Duration.between(clock.instant(), tokens.accessExpiresAt()).toSeconds()),
        tokens.refreshToken(),
        account == null ? null : user(account));
  }

  static <T, R> PageView<R> page(Page<T> page, Function<T, R> view) {
    return new PageView<>(page.items().stream().map(view).toList(), page.nextCursor().orElse(null));
  }
}
