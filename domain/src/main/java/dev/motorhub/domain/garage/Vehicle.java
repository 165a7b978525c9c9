package dev.motorhub.domain.garage;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A vehicle in a customer's garage.
 *
 * <p>It belongs to one customer account for its whole life. Its plate is unique on the platform
 * (after normalising) and the store enforces it; its year is no later than next year. It may carry
 * one image, kept by its key in the image store: a new image replaces the old one. Every change
 * returns a new value with {@code updatedAt} moved on.
 */
public record Vehicle(
    VehicleId id,
    UserId owner,
    VehicleDetails details,
    Optional<String> image,
    Instant createdAt,
    Instant updatedAt) {

  public Vehicle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(image, "image");
  }

  /** A new vehicle of {@code owner}; {@code today} bounds its year. */
  public static Vehicle register(
      VehicleId id, UserId owner, VehicleDetails details, LocalDate today, Instant at) {
    return new Vehicle(id, owner, dated(details, today), Optional.empty(), at, at);
  }

  public Vehicle withDetails(VehicleDetails newDetails, LocalDate today, Instant at) {
    return new Vehicle(id, owner, dated(newDetails, today), image, createdAt, at);
  }

  /** The vehicle showing the image stored under {@code key}, instead of any earlier one. */
  public Vehicle withImage(String key, Instant at) {
    return new Vehicle(id, owner, details, Optional.of(key), createdAt, at);
  }

  public Vehicle withoutImage(Instant at) {
    return new Vehicle(id, owner, details, Optional.empty(), createdAt, at);
  }

  private static VehicleDetails dated(VehicleDetails details, LocalDate today) {
    int latest = today.getYear() + 1;
    if (details.year() > latest) {
      throw InvalidInput.of("year", "Ensure this value is at most " + latest + ".");
    }
    return details;
  }
}
