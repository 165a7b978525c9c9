package dev.motorhub.domain.carcare;

import dev.motorhub.domain.shared.InvalidInput;

/** A customer's mark for a job, from 1 (poor) to 5 (excellent). */
public record Rating(int value) {
  public Rating {
    if (value < 1 || value > 5) {
      throw InvalidInput.of("rating", "Ensure this value is between 1 and 5.");
    }
  }
}
