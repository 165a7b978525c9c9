package dev.motorhub.domain.matching;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies a value of the catalogue. */
public record CatalogueEntryId(UUID value) {
  public CatalogueEntryId {
    Objects.requireNonNull(value, "value");
  }

  public static CatalogueEntryId parse(String text, String field) {
    try {
      return new CatalogueEntryId(UUID.fromString(text == null ? "" : text.strip()));
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
