package dev.motorhub.application.garage;

import dev.motorhub.application.garage.ImageStore.StoredImage;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.garage.GaragePolicy;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.shared.NotFound;

/**
 * Reads vehicle images: a vehicle's current image, for whoever may see the vehicle; and an image by
 * its key, for anyone who holds the key. Keys are unguessable and change with every new image, so a
 * key is the image's published address, the way a link to a picture is shared.
 */
public final class ViewVehicleImage {
  private final Transactions tx;
  private final VehicleRepository vehicles;
  private final ImageStore images;
  private final GaragePolicy policy;

  public ViewVehicleImage(
      Transactions tx, VehicleRepository vehicles, ImageStore images, GaragePolicy policy) {
    this.tx = tx;
    this.vehicles = vehicles;
    this.images = images;
    this.policy = policy;
  }

  /** The image the vehicle shows; not found when the vehicle has none. */
  public StoredImage ofVehicle(Principal principal, VehicleId id) {
    String key =
        tx.read(
                () ->
                    vehicles
                        .findById(id)
                        .filter(v -> policy.mayManage(principal.actor(), v))
                        .orElseThrow(() -> new NotFound("Vehicle")))
            .image()
            .orElseThrow(() -> new NotFound("Image"));
    return published(key);
  }

  /** The image kept under {@code key}; not found for a key of any other shape. */
  public StoredImage published(String key) {
    return ImageKeys.typeOf(key)
        .flatMap(type -> images.get(key))
        .orElseThrow(() -> new NotFound("Image"));
  }
}
