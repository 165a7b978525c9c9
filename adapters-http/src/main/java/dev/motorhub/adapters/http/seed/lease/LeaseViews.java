package dev.motorhub.adapters.http.seed.lease;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.motorhub.adapters.http.seed.ActiveFlag;
import dev.motorhub.adapters.http.seed.ClientRoles;
import dev.motorhub.application.accounts.Account;
import dev.motorhub.application.accounts.RegisterAccount;
import dev.motorhub.application.customers.CustomerRecord;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.identity.Phone;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.User;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the Lease API seed (000), field for field (names become snake_case). */
final class LeaseViews {
  static final ResponseView REMOVED = new ResponseView("Remove Completed");
  static final ResponseView PASSWORD_UPDATED = new ResponseView("Password Updated");

  private LeaseViews() {}

  /** {@code {"response": ...}}: how the seed confirms a deletion or a password change. */
  record ResponseView(String response) {}

  record LoggedInView(String response, String username, String token) {}

  /**
   * The answer to {@code POST /api/register/}: the Lease API's fields ({@code "customer id"} with
   * its space, {@code token}) followed by My Cars' user and its JWT pair.
   */
  record RegisteredView(
      String response,
      String userId,
      String email,
      String username,
      @JsonProperty("customer id") String customerId,
      String token,
      String id,
      String firstName,
      String lastName,
      String role,
      String phone,
      String address,
      boolean isActive,
      Instant createdAt,
      Instant updatedAt,
      String refresh,
      String access) {}

  /**
   * A user; {@code customer_id} is 0 for an account without a customer profile, as the seed has.
   */
  record UserView(
      String id,
      String username,
      String email,
      String firstName,
      String lastName,
      boolean isActive,
      Object customerId) {}

  /** The answer to adding a user: Django's user model as the seed shows it. */
  record AddedUserView(
      String id,
      Instant lastLogin,
      boolean isSuperuser,
      String username,
      String firstName,
      String lastName,
      String email,
      boolean isStaff,
      boolean isActive,
      Instant dateJoined,
      List<String> groups,
      List<String> userPermissions) {}

  record CustomerView(
      String id,
      String user,
      String firstName,
      String lastName,
      String job,
      String notes,
      LocalDate dob,
      Integer age) {}

  static RegisteredView registered(RegisterAccount.Registered registered) {
    Account account = registered.account();
    User u = account.user();
    return new RegisteredView(
        "successfully registered a new user.",
        u.id().toString(),
        u.email().value(),
        u.username().value(),
        account.customer().map(c -> c.id().toString()).orElse(null),
        registered.tokens().accessToken(),
        u.id().toString(),
        u.firstName(),
        u.lastName(),
        ClientRoles.toSeed(u.role()),
        u.phone().map(Phone::value).orElse(""),
        account.customer().map(c -> c.details().address()).orElse(""),
        ActiveFlag.of(u),
        u.createdAt(),
        u.updatedAt(),
        registered.tokens().refreshToken(),
        registered.tokens().accessToken());
  }

  static UserView user(Account account) {
    User u = account.user();
    return new UserView(
        u.id().toString(),
        u.username().value(),
        u.email().value(),
        u.firstName(),
        u.lastName(),
        ActiveFlag.of(u),
        account.customer().<Object>map(c -> c.id().toString()).orElse(0));
  }

  static AddedUserView added(Account account) {
    User u = account.user();
    return new AddedUserView(
        u.id().toString(),
        u.lastLoginAt().orElse(null),
        u.role() == Role.SUPERUSER,
        u.username().value(),
        u.firstName(),
        u.lastName(),
        u.email().value(),
        u.role().isAdministrative(),
        ActiveFlag.of(u),
        u.createdAt(),
        List.of(),
        List.of());
  }

  static CustomerView customer(CustomerRecord record, Clock clock) {
    Customer c = record.customer();
    var age = c.age(LocalDate.now(clock));
    return new CustomerView(
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
