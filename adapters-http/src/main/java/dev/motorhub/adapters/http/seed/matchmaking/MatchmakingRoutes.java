package dev.motorhub.adapters.http.seed.matchmaking;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.ErrorRule;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.adapters.http.web.SeedDialect;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.ChangePassword;
import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * The matchmaking seed's (002) User app under {@code /users/}: sign-up, login, logout, one's own
 * details, deactivation and password reset. Its errors are DRF's (a username, email or phone taken
 * is a 400 on it), but for its login and its password reset.
 */
public final class MatchmakingRoutes implements Routes {
  /**
   * Its login's: wrong credentials under {@code non_field_errors}, an inactive account's refusal
   * under {@code is_active}, each with its status.
   */
  static final SeedDialect LOGIN =
      SeedDialect.DRF
          .with(ErrorRule.underField("unauthenticated", "non_field_errors"))
          .with(ErrorRule.underField("forbidden", "is_active"));

  /** Its password reset's: a wrong old password is a detail, as the seed's view answers it. */
  static final SeedDialect RESET =
      SeedDialect.DRF.with(
          ErrorRule.aloneAsDetail("old_password", ChangePassword.WRONG_CURRENT_PASSWORD));

  private final List<Routes> parts;

  public MatchmakingRoutes(Motorhub core, Authenticator auth) {
    this.parts =
        List.of(new MatchmakingAuthRoutes(core, auth), new MatchmakingProfileRoutes(core, auth));
  }

  @Override
  public void addTo(RoutesConfig routes) {
    LOGIN.attachOn(routes, "/users/login");
    RESET.attachOn(routes, "/users/reset");
    parts.forEach(part -> part.addTo(routes));
  }
}
