package dev.motorhub.domain.marketplace;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies a proposal. */
public record ProposalId(UUID value) {
  public ProposalId {
    Objects.requireNonNull(value, "value");
  }

  public static ProposalId parse(String text, String field) {
    try {
      return new ProposalId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
