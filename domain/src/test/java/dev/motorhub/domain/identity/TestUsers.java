package dev.motorhub.domain.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Fixture factory for accounts in domain tests. */
public final class TestUsers {
  public static final Instant OPENED_AT = Instant.parse("2025-03-10T09:00:00Z");

  private TestUsers() {}

  /** The details of {@code username}: a matching email, a phone, and a plain name. */
  public static UserDetails details(String username) {
    return new UserDetails(
        new Username(username),
        new Email(username + "@example.com"),
        Optional.of(new PhoneNumber("+254700000001")),
        "Wanjiru",
        "Otieno");
  }

  /** A new active account with {@code role}. */
  public static User active(Role role) {
    return User.open(
        new UserId(UUID.randomUUID()),
        details(role.wire() + "-" + UUID.randomUUID().toString().substring(0, 8)),
        role,
        new PasswordHash("pbkdf2_sha256$1$salt$hash"),
        OPENED_AT);
  }

  /** The actor who is signed in as {@code user}. */
  public static Actor actorOf(User user) {
    return new Actor(user.id(), user.role());
  }
}
