package dev.motorhub.application.garage;

import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The images of an owner's vehicles, for the use cases that delete accounts: the vehicles go with
 * the account in its unit of work, their image files only once that committed.
 */
public final class OwnerImages {
  private final VehicleRepository vehicles;
  private final ImageStore images;

  public OwnerImages(VehicleRepository vehicles, ImageStore images) {
    this.vehicles = vehicles;
    this.images = images;
  }

  /** The keys of the images of {@code owner}'s vehicles; read in the unit of work. */
  public List<String> of(UserId owner) {
    List<String> keys = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Vehicle> page = vehicles.search(VehicleFilter.ofOwner(owner), request);
      page.items().forEach(v -> v.image().ifPresent(keys::add));
      if (page.nextCursor().isEmpty()) {
        return keys;
      }
      request = PageRequest.parse(String.valueOf(PageRequest.MAX_LIMIT), page.nextCursor().get());
    }
  }

  /** Removes the images; after the unit of work that removed their vehicles committed. */
  public void discard(List<String> keys) {
    keys.forEach(images::delete);
  }
}
