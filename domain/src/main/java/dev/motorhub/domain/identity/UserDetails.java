package dev.motorhub.domain.identity;

import dev.motorhub.domain.shared.Text;
import java.util.Objects;
import java.util.Optional;

/** The details of an account that its holder states and may change. */
public record UserDetails(
    Username username, Email email, Optional<Phone> phone, String firstName, String lastName) {

  public UserDetails {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    firstName = Text.bounded(firstName, "first_name", 150);
    lastName = Text.bounded(lastName, "last_name", 150);
  }
}
