package dev.motorhub.domain.carcare;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * A mechanic profile: the trade details of a mechanic-role account, created with it at registration
 * and removed with it. Scheduling reads the specialization and the years of experience.
 */
public record Mechanic(
    MechanicId id,
    UserId userId,
    String specialization,
    int yearsOfExperience,
    Instant createdAt,
    Instant updatedAt) {

  public Mechanic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    specialization = Text.bounded(specialization, "specialization", 100);
    if (yearsOfExperience < 0 || yearsOfExperience > 80) {
      throw InvalidInput.of("experience_years", "Ensure this value is between 0 and 80.");
    }
  }
}
