package dev.motorhub.adapters.http.seed.carcare;

import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.domain.identity.Role;
import java.util.Locale;

/** The seed's {@code user_type}, singular or plural, as the platform's role. */
final class UserTypes {
  private UserTypes() {}

  /**
   * The role a registration asks for; an unknown type passes through for the core to refuse. The
   * seed shows {@code user_type} as the list of its choices, so a list of one is that one.
   */
  static String role(Body body) {
    String type = body.has("user_type") ? body.choice("user_type") : body.text("role");
    if (type == null || type.isBlank()) {
      return null;
    }
    return switch (type.strip().toLowerCase(Locale.ROOT)) {
      case "customer", "customers" -> Role.CUSTOMER.wire();
      case "mechanic", "mechanics" -> Role.MECHANIC.wire();
      default -> type;
    };
  }

  static boolean isCustomers(String type) {
    String wanted = type.strip().toLowerCase(Locale.ROOT);
    return wanted.equals("customers") || wanted.equals("customer");
  }
}
