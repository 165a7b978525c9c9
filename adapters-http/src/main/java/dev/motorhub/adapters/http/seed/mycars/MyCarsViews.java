package dev.motorhub.adapters.http.seed.mycars;

import dev.motorhub.adapters.http.seed.ActiveFlag;
import dev.motorhub.adapters.http.seed.ClientRoles;
import dev.motorhub.application.accounts.Account;
import dev.motorhub.domain.identity.Phone;
import dev.motorhub.domain.identity.User;
import java.time.Instant;

/** The JSON shapes of the My Cars seed (003): its user profile and its JWT pair. */
final class MyCarsViews {
  private MyCarsViews() {}

  /** A user with the seed's profile fields; phone and address are empty when unknown. */
  record UserView(
      String id,
      String username,
      String email,
      String firstName,
      String lastName,
      String role,
      String phone,
      String address,
      boolean isActive,
      Instant createdAt,
      Instant updatedAt) {}

  record TokensView(String access, String refresh) {}

  record DetailView(String detail) {}

  static UserView user(Account account) {
    User u = account.user();
    return new UserView(
        u.id().toString(),
        u.username().value(),
        u.email().value(),
        u.firstName(),
        u.lastName(),
        ClientRoles.toSeed(u.role()),
        u.phone().map(Phone::value).orElse(""),
        account.customer().map(c -> c.details().address()).orElse(""),
        ActiveFlag.of(u),
        u.createdAt(),
        u.updatedAt());
  }
}
