package dev.motorhub.adapters.http.seed.lease;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.motorhub.adapters.http.seed.ActiveFlag;
import dev.motorhub.application.accounts.Account;
import dev.motorhub.application.customers.CustomerRecord;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.identity.User;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The items of the Lease API's two full lists, {@code GET /api/users/} and {@code GET
 * /api/customers/}: the seed spells their names with a space ({@code "first name"}, {@code
 * "customer id"}), unlike the single records and the searches, so they have shapes of their own.
 */
final class LeaseListViews {
  private LeaseListViews() {}

  /** A user in the list; {@code "customer id"} is 0 for an account without a customer profile. */
  record ListedUserView(
      String id,
      String username,
      String email,
      @JsonProperty("first name") String firstName,
      @JsonProperty("last name") String lastName,
      boolean isActive,
      @JsonProperty("customer id") Object customerId) {}

  record ListedCustomerView(
      String id,
      String user,
      @JsonProperty("first name") String firstName,
      @JsonProperty("last name") String lastName,
      String job,
      String notes,
      LocalDate dob,
      Integer age) {}

  static ListedUserView user(Account account) {
    User u = account.user();
    return new ListedUserView(
        u.id().toString(),
        u.username().value(),
        u.email().value(),
        u.firstName(),
        u.lastName(),
        ActiveFlag.of(u),
        account.customer().<Object>map(c -> c.id().toString()).orElse(0));
  }

  static ListedCustomerView customer(CustomerRecord record, Clock clock) {
    Customer c = record.customer();
    var age = c.age(LocalDate.now(clock));
    return new ListedCustomerView(
        c.id().toString(),
        record.account().map(u -> u.id().toString()).orElse(null),
        record.account().map(User::firstName).orElseGet(record::displayName),
        record.account().map(User::lastName).orElse(""),
        c.details().job(),
        c.details().notes(),
        c.details().dateOfBirth().orElse(null),
        age.isPresent() ? age.getAsInt() : null);
  }
}
