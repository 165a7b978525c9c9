package dev.motorhub.domain.garage;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A vehicle in a customer's garage.
 *
 * <p>It belongs to one customer account at a time. Its plate is unique on the platform (after
 * normalising) and the store enforces it; its year is no later than next year. It may carry one
 * image, kept by its key in the image store: a new image replaces the old one. When a sale of it is
 * agreed it is {@linkplain Custody.Sold sold}: it stays in its owner's garage and refuses every
 * change until it is handed over, when it moves, plate, VIN and image alike, to its buyer's garage
 * and is theirs to change and trade. Every change returns a new value with {@code updatedAt} moved
 * on.
 */
public record Vehicle(
    VehicleId id,
    UserId owner,
    VehicleDetails details,
    Optional<String> image,
    Custody custody,
    Instant createdAt,
    Instant updatedAt) {

  /** Why a sold vehicle refuses changes until it is handed over. */
  public static final String AWAITING_HANDOVER =
      "This vehicle is sold and waits to be handed over to its buyer; until then it cannot be"
          + " changed, removed or traded.";

  public Vehicle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(custody, "custody");
  }

  /** A new vehicle of {@code owner}; {@code today} bounds its year. */
  public static Vehicle register(
      VehicleId id, UserId owner, VehicleDetails details, LocalDate today, Instant at) {
    return new Vehicle(id, owner, dated(details, today), Optional.empty(), Custody.KEPT, at, at);
  }

  public Vehicle withDetails(VehicleDetails newDetails, LocalDate today, Instant at) {
    requireChangeable();
    return new Vehicle(id, owner, dated(newDetails, today), image, custody, createdAt, at);
  }

  /** The vehicle showing the image stored under {@code key}, instead of any earlier one. */
  public Vehicle withImage(String key, Instant at) {
    requireChangeable();
    return new Vehicle(id, owner, details, Optional.of(key), custody, createdAt, at);
  }

  public Vehicle withoutImage(Instant at) {
    requireChangeable();
    return new Vehicle(id, owner, details, Optional.empty(), custody, createdAt, at);
  }

  /** Sold to {@code buyer}: it waits in its owner's garage, unchanged, to be handed over. */
  public Vehicle sellTo(UserId buyer, Instant at) {
    requireChangeable();
    if (buyer.equals(owner)) {
      throw new IllegalArgumentException("An owner does not buy their own vehicle");
    }
    return new Vehicle(id, owner, details, image, new Custody.Sold(buyer), createdAt, at);
  }

  /** Handed over to {@code buyer}, who bought it: it is theirs, plate, VIN and image alike. */
  public Vehicle handOverTo(UserId buyer, Instant at) {
    if (!(custody instanceof Custody.Sold sold) || !sold.buyer().equals(buyer)) {
      throw new RuleViolated("This vehicle is not waiting to be handed over to this buyer.");
    }
    return new Vehicle(id, buyer, details, image, Custody.KEPT, createdAt, at);
  }

  /** Refuses ({@code RuleViolated}) while the vehicle waits to be handed over. */
  public void requireChangeable() {
    if (custody instanceof Custody.Sold) {
      throw new RuleViolated(AWAITING_HANDOVER);
    }
  }

  private static VehicleDetails dated(VehicleDetails details, LocalDate today) {
    int latest = today.getYear() + 1;
    if (details.year() > latest) {
      throw InvalidInput.of("year", "Ensure this value is at most " + latest + ".");
    }
    return details;
  }
}
