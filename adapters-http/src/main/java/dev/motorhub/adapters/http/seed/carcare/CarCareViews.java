package dev.motorhub.adapters.http.seed.carcare;

import dev.motorhub.application.accounts.Account;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.identity.Phone;
import dev.motorhub.domain.identity.User;
import java.time.Instant;

/** The JSON shapes of the CarCarePro seed (001): accounts, customer records, its token pair. */
final class CarCareViews {
  private CarCareViews() {}

  record RegisteredView(String username, String firstName, String email) {}

  record TokensView(String token, String refreshToken) {}

  record AccountView(
      String id,
      String username,
      String firstName,
      String lastName,
      String email,
      String phoneNumber,
      Instant createdAt,
      Instant updatedAt) {}

  /** A customer record; {@code account_id} is the id of the account it belongs to. */
  record CustomerView(
      String id, String accountId, String address, String city, String state, String zipCode) {}

  static AccountView account(Account account) {
    User u = account.user();
    return new AccountView(
        u.id().toString(),
        u.username().value(),
        u.firstName(),
        u.lastName(),
        u.email().value(),
        u.phone().map(Phone::value).orElse(""),
        u.createdAt(),
        u.updatedAt());
  }

  static CustomerView customer(Customer c) {
    return new CustomerView(
        c.id().toString(),
        c.account().map(Object::toString).orElse(null),
        c.details().address(),
        c.details().city(),
        c.details().state(),
        c.details().zipCode());
  }
}
