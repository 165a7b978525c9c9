package dev.motorhub.domain.identity;

import java.util.Objects;

/** Who is asking: the signed-in user and their role. */
public record Actor(UserId id, Role role) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
  }

  public boolean isAdministrative() {
    return role.isAdministrative();
  }

  public boolean is(UserId user) {
    return id.equals(user);
  }
}
