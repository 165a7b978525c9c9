package dev.motorhub.adapters.http.seed;

import dev.motorhub.domain.identity.Role;
import java.util.Locale;

/**
 * The role names of the My Cars seed (003), also spoken by the shared {@code /api/register/}: a
 * customer is a "client", staff and superusers are "admin". Other names pass through unchanged, so
 * the core judges them.
 */
public final class ClientRoles {
  private ClientRoles() {}

  /** The platform's name for a role the seed names, or null when the client named none. */
  public static String toCore(String seedRole) {
    if (seedRole == null || seedRole.isBlank()) {
      return null;
    }
    return switch (seedRole.strip().toLowerCase(Locale.ROOT)) {
      case "client" -> Role.CUSTOMER.wire();
      case "admin" -> Role.STAFF.wire();
      default -> seedRole;
    };
  }

  /**
   * As {@link #toCore(String)}, for a change to an account that has {@code current}: "admin" names
   * staff and superusers alike, so it keeps an administrator's role as it is.
   */
  public static String toCore(String seedRole, Role current) {
    String role = toCore(seedRole);
    return Role.STAFF.wire().equals(role) && current.isAdministrative() ? current.wire() : role;
  }

  public static String toSeed(Role role) {
    return switch (role) {
      case CUSTOMER -> "client";
      case MECHANIC -> "mechanic";
      case STAFF, SUPERUSER -> "admin";
    };
  }
}
