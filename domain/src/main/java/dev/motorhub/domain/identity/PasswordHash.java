package dev.motorhub.domain.identity;

import java.util.Objects;

/** A stored password hash; its {@link #toString()} never shows it. */
public record PasswordHash(String value) {
  public PasswordHash {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return "PasswordHash[***]";
  }
}
