package dev.motorhub.adapters.http.seed;

import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.User;

/**
 * Django's {@code is_active} flag, as the seeds send and show it, over the platform's account
 * status: true is active; false is deactivated; a suspended account is not active either.
 */
public final class ActiveFlag {
  private ActiveFlag() {}

  /** The status the body's {@code is_active} asks for, or null when it does not name one. */
  public static String status(Body body) {
    Boolean active = body.bool("is_active");
    if (active == null) {
      return null;
    }
    return (active ? AccountStatus.ACTIVE : AccountStatus.DEACTIVATED).wire();
  }

  public static boolean of(User user) {
    return user.status() == AccountStatus.ACTIVE;
  }
}
