package dev.motorhub.application.garage;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.garage.GaragePolicy;
import dev.motorhub.domain.garage.ImageType;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The owner, or staff, give a vehicle its image, replacing any earlier one. The bytes must really
 * be a JPEG, PNG or WebP picture, whatever the file is called, and no larger than the settings
 * allow; a sold vehicle waiting to be handed over takes none. The image store is not transactional,
 * so the new image is stored before the unit of work (and removed again if it fails) and the old
 * one is removed only after it committed: a vehicle never shows an image that is gone.
 */
public final class UploadVehicleImage {
  /** Who asks, which vehicle, and the uploaded bytes. */
  public record Command(Principal principal, VehicleId vehicle, byte[] bytes) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(vehicle, "vehicle");
      if (bytes == null || bytes.length == 0) {
        throw InvalidInput.of("image", "The submitted file is empty.");
      }
      if (ImageType.detect(bytes).isEmpty()) {
        throw InvalidInput.of(
            "image",
            "Upload a valid image: a JPEG, PNG or WebP picture. The file you uploaded was"
                + " either not an image or a corrupted image.");
      }
    }

    ImageType type() {
      return ImageType.detect(bytes).orElseThrow();
    }
  }

  /** The vehicle showing its new image, and the key of the image it showed before. */
  private record Replaced(Vehicle vehicle, Optional<String> previous) {}

  private final Transactions tx;
  private final VehicleRepository vehicles;
  private final ImageStore images;
  private final GaragePolicy policy;
  private final CoreSettings settings;
  private final Clock clock;

  public UploadVehicleImage(
      Transactions tx,
      VehicleRepository vehicles,
      ImageStore images,
      GaragePolicy policy,
      CoreSettings settings,
      Clock clock) {
    this.tx = tx;
    this.vehicles = vehicles;
    this.images = images;
    this.policy = policy;
    this.settings = settings;
    this.clock = clock;
  }

  public Vehicle upload(Command command) {
    if (command.bytes().length > settings.maxImageBytes()) {
      throw InvalidInput.of(
          "image", "Ensure the image is no larger than " + settings.maxImageSize() + ".");
    }
    Actor actor = command.principal().actor();
    tx.run(() -> managed(actor, command.vehicle(), false).requireChangeable());
    String key = images.put(command.type(), command.bytes());
    Replaced replaced;
    try {
      replaced =
          tx.inTransaction(
              () -> {
                Vehicle vehicle = managed(actor, command.vehicle(), true);
                Vehicle pictured = vehicle.withImage(key, clock.instant());
                vehicles.update(pictured);
                return new Replaced(pictured, vehicle.image());
              });
    } catch (RuntimeException | Error failure) {
      images.delete(key);
      throw failure;
    }
    replaced.previous().ifPresent(images::delete);
    return replaced.vehicle();
  }

  /** The vehicle, if the actor may manage it; {@code hold} keeps it for this unit of work. */
  private Vehicle managed(Actor actor, VehicleId id, boolean hold) {
    return (hold ? vehicles.findForUpdate(id) : vehicles.findById(id))
        .filter(v -> policy.mayManage(actor, v))
        .orElseThrow(() -> new NotFound("Vehicle"));
  }
}
