package dev.motorhub.adapters.http.web;

import dev.motorhub.application.identity.Authenticate;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.shared.Unauthenticated;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the caller's access token from {@code Authorization: Bearer …} (or {@code Token …}, which
 * three seeds use) and turns it into a {@link Principal} through the core.
 */
public final class Authenticator {
  private static final String ATTRIBUTE = "motorhub.principal";
  private final Authenticate authenticate;

  public Authenticator(Authenticate authenticate) {
    this.authenticate = authenticate;
  }

  /** The caller, or {@link Unauthenticated} when the request carries no valid token. */
  public Principal require(Context ctx) {
    Principal cached = ctx.attribute(ATTRIBUTE);
    if (cached != null) {
      return cached;
    }
    String token =
        token(ctx)
            .orElseThrow(
                () -> new Unauthenticated("Authentication credentials were not provided."));
    Principal principal = authenticate.authenticate(token);
    ctx.attribute(ATTRIBUTE, principal);
    return principal;
  }

  /** The token in the Authorization header, if the header has a known scheme. */
  public static Optional<String> token(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null) {
      return Optional.empty();
    }
    String trimmed = header.strip();
    int space = trimmed.indexOf(' ');
    if (space < 0) {
      return Optional.empty();
    }
    String scheme = trimmed.substring(0, space).toLowerCase(Locale.ROOT);
    String token = trimmed.substring(space + 1).strip();
    return switch (scheme) {
      case "bearer", "token", "jwt" -> token.isEmpty() ? Optional.empty() : Optional.of(token);
      default -> Optional.empty();
    };
  }
}
