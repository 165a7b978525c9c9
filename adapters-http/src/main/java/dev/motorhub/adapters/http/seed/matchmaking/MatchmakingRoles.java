package dev.motorhub.adapters.http.seed.matchmaking;

import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.User;
import java.util.Locale;

/**
 * The seed's roles: "user" for everyone who is not an administrator, "admin" for staff and
 * superusers, and "suspended" for a suspended account. Other names pass through for the core to
 * judge.
 */
final class MatchmakingRoles {
  private MatchmakingRoles() {}

  /**
   * The platform's role for the seed's name; {@code current} (null for a new account) is kept when
   * the seed's name covers it, so a mechanic's "user" or a superuser's "admin" changes nothing.
   */
  static String toCore(String seedRole, Role current) {
    if (seedRole == null || seedRole.isBlank()) {
      return null;
    }
    return switch (seedRole.strip().toLowerCase(Locale.ROOT)) {
      case "user" ->
          current != null && !current.isAdministrative() ? current.wire() : Role.CUSTOMER.wire();
      case "admin" ->
          current != null && current.isAdministrative() ? current.wire() : Role.STAFF.wire();
      default -> seedRole;
    };
  }

  static String toSeed(User user) {
    if (user.status() == AccountStatus.SUSPENDED) {
      return "suspended";
    }
    return user.role().isAdministrative() ? "admin" : "user";
  }
}
