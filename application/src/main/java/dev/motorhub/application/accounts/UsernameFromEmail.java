package dev.motorhub.application.accounts;

import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.shared.TokenGenerator;
import dev.motorhub.domain.identity.Email;
import dev.motorhub.domain.identity.Username;
import java.util.Locale;

/**
 * The username of an account opened for a verified email: the address's local part in the
 * characters a username allows ({@code ada.lovelace@example.com} is {@code ada.lovelace}), then
 * {@code ada.lovelace2}, {@code ada.lovelace3}… while taken, and a random suffix past that. Runs
 * inside the caller's transaction; the store's uniqueness settles a race.
 */
final class UsernameFromEmail {
  private static final int MAX_BASE = 140;
  private static final int NUMBERED = 20;

  private final UserRepository users;
  private final TokenGenerator secrets;

  UsernameFromEmail(UserRepository users, TokenGenerator secrets) {
    this.users = users;
    this.secrets = secrets;
  }

  String free(Email email) {
    String base = base(email);
    for (int n = 1; n <= NUMBERED; n++) {
      String candidate = n == 1 ? base : base + n;
      if (users.findByUsername(new Username(candidate)).isEmpty()) {
        return candidate;
      }
    }
    return base + "-" + secrets.next().substring(0, 8);
  }

  static String base(Email email) {
    String kept =
        email
            .localPart()
            .toLowerCase(Locale.ROOT)
            .codePoints()
            .filter(c -> Character.isLetterOrDigit(c) || "@.+-_".indexOf(c) >= 0)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    if (kept.length() > MAX_BASE) {
      kept = kept.substring(0, MAX_BASE);
    }
    return kept.isEmpty() ? "user" : kept;
  }
}
