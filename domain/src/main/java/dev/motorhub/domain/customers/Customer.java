package dev.motorhub.domain.customers;

import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A customer profile. Most belong to a customer-role account: created with it at registration,
 * named by it, and gone when it goes (and the reverse). Staff also keep customers who need no
 * account (seed 004's walk-in customers): a {@link Holder.Standalone} profile carries its own name
 * and must keep a phone, which is unique among such customers. A date of birth is never in the
 * future; the age is computed from it on the day asked, never stored.
 */
public record Customer(
    CustomerId id, Holder holder, CustomerDetails details, Instant createdAt, Instant updatedAt) {

  /** Whom a profile belongs to: an account, or nobody (staff keep it by name and phone). */
  public sealed interface Holder {
    /** The profile of a customer-role account, named by that account. */
    record Account(UserId user) implements Holder {
      public Account {
        Objects.requireNonNull(user, "user");
      }
    }

    /** A customer without an account, known by name and phone. */
    record Standalone(CustomerName name) implements Holder {
      public Standalone {
        Objects.requireNonNull(name, "name");
      }
    }
  }

  public Customer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(details, "details");
    if (holder instanceof Holder.Standalone && details.phone().isEmpty()) {
      throw InvalidInput.of("phone_number", "A customer without an account needs a phone number.");
    }
  }

  /** A new profile for the account {@code userId}; {@code today} guards the date of birth. */
  public static Customer create(
      CustomerId id, UserId userId, CustomerDetails details, LocalDate today, Instant at) {
    return new Customer(id, new Holder.Account(userId), born(details, today), at, at);
  }

  /** A new customer without an account, known by {@code name} and {@code phone}. */
  public static Customer standalone(
      CustomerId id, CustomerName name, PhoneNumber phone, Instant at) {
    CustomerDetails details = CustomerDetails.none().withPhone(Optional.of(phone));
    return new Customer(id, new Holder.Standalone(name), details, at, at);
  }

  /** The account this profile belongs to; empty for a standalone customer. */
  public Optional<UserId> account() {
    return holder instanceof Holder.Account(UserId user) ? Optional.of(user) : Optional.empty();
  }

  /** The name a standalone customer is kept by; empty for an account's profile. */
  public Optional<CustomerName> name() {
    return holder instanceof Holder.Standalone(CustomerName name)
        ? Optional.of(name)
        : Optional.empty();
  }

  public Customer withDetails(CustomerDetails newDetails, LocalDate today, Instant at) {
    return new Customer(id, holder, born(newDetails, today), createdAt, at);
  }

  /** This standalone customer under a new name; an account's profile is named by the account. */
  public Customer renamed(CustomerName newName, Instant at) {
    if (!(holder instanceof Holder.Standalone)) {
      throw InvalidInput.of(
          "name",
          "A customer with an account is named by its first_name and last_name, not by name.");
    }
    return new Customer(id, new Holder.Standalone(newName), details, createdAt, at);
  }

  /** Whole years since the date of birth, when it is known. */
  public OptionalInt age(LocalDate today) {
    return details
        .dateOfBirth()
        .map(dob -> OptionalInt.of(Period.between(dob, today).getYears()))
        .orElse(OptionalInt.empty());
  }

  private static CustomerDetails born(CustomerDetails details, LocalDate today) {
    DateOfBirth.notAfter(details.dateOfBirth(), today);
    return details;
  }
}
