package dev.motorhub.domain.matching;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies a buyer's saved search. */
public record PreferenceId(UUID value) {
  public PreferenceId {
    Objects.requireNonNull(value, "value");
  }

  public static PreferenceId parse(String text, String field) {
    try {
      return new PreferenceId(UUID.fromString(text == null ? "" : text.strip()));
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
