package dev.motorhub.adapters.http.seed.matchmaking;

import dev.motorhub.adapters.http.seed.ActiveFlag;
import dev.motorhub.application.accounts.Account;
import dev.motorhub.domain.identity.Phone;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.User;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The JSON shapes of the matchmaking seed (002). A user's details are the seed's, field for field,
 * except the password hash the seed leaked: no password field of any kind is ever sent.
 */
final class MatchmakingViews {
  private MatchmakingViews() {}

  record MessageView(String message) {}

  record TokenView(String token) {}

  /** The seed's dates ({@code joined_date}, {@code last_login}…) are calendar days in UTC. */
  record UserView(
      String userId,
      Instant dateJoined,
      String username,
      String email,
      String phoneNumber,
      String firstName,
      String lastName,
      LocalDate joinedDate,
      LocalDate lastLogin,
      LocalDate createdOn,
      LocalDate updatedOn,
      boolean isActive,
      boolean isSuperuser,
      boolean isStaff,
      boolean isAdmin,
      String role,
      String subscriptionPlan,
      List<String> groups,
      List<String> userPermissions) {}

  static UserView user(Account account) {
    User u = account.user();
    return new UserView(
        u.id().toString(),
        u.createdAt(),
        u.username().value(),
        u.email().value(),
        u.phone().map(Phone::value).orElse(null),
        u.firstName(),
        u.lastName(),
        day(u.createdAt()),
        u.lastLoginAt().map(MatchmakingViews::day).orElse(null),
        day(u.createdAt()),
        day(u.updatedAt()),
        ActiveFlag.of(u),
        u.role() == Role.SUPERUSER,
        u.role().isAdministrative(),
        u.role().isAdministrative(),
        MatchmakingRoles.toSeed(u),
        u.plan().map(Object::toString).orElse(null),
        List.of(),
        List.of());
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }
}
