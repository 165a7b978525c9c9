package dev.motorhub.application;

import dev.motorhub.application.garage.AttributeCatalogue;
import dev.motorhub.application.garage.ImageStore;
import dev.motorhub.application.garage.RegisterVehicle;
import dev.motorhub.application.garage.RemoveVehicle;
import dev.motorhub.application.garage.UpdateVehicle;
import dev.motorhub.application.garage.UploadVehicleImage;
import dev.motorhub.application.garage.ViewVehicleImage;
import dev.motorhub.application.garage.ViewVehicles;
import dev.motorhub.application.notifications.ChangeLog;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.domain.garage.GaragePolicy;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;

/**
 * The use cases of customers' garages, wired over one {@link Store} and an {@link ImageStore}:
 * vehicles and their images. {@link Motorhub} hands it out as {@link Motorhub#garage()}.
 */
public final class Garage {
  private final RegisterVehicle registerVehicle;
  private final ViewVehicles viewVehicles;
  private final UpdateVehicle updateVehicle;
  private final RemoveVehicle removeVehicle;
  private final UploadVehicleImage uploadVehicleImage;
  private final ViewVehicleImage viewVehicleImage;

  /** What the garage's use cases are made of. */
  record Wiring(
      Store store,
      ImageStore images,
      GaragePolicy policy,
      IdGenerator ids,
      CoreSettings settings,
      Clock clock,
      AttributeCatalogue catalogue) {}

  Garage(Wiring w) {
    var tx = w.store().transactions();
    var vehicles = w.store().vehicles();
    var policy = w.policy();
    registerVehicle =
        new RegisterVehicle(
            tx, vehicles, w.store().users(), policy, w.ids(), w.clock(), w.catalogue());
    viewVehicles = new ViewVehicles(tx, vehicles, policy);
    var changes = new ChangeLog(w.store().changeQueue(), w.ids(), w.clock());
    updateVehicle = new UpdateVehicle(tx, vehicles, policy, changes, w.clock(), w.catalogue());
    removeVehicle = new RemoveVehicle(tx, vehicles, w.images(), policy);
    uploadVehicleImage =
        new UploadVehicleImage(tx, vehicles, w.images(), policy, w.settings(), w.clock());
    viewVehicleImage = new ViewVehicleImage(tx, vehicles, w.images(), policy);
  }

  public RegisterVehicle registerVehicle() {
    return registerVehicle;
  }

  public ViewVehicles viewVehicles() {
    return viewVehicles;
  }

  public UpdateVehicle updateVehicle() {
    return updateVehicle;
  }

  public RemoveVehicle removeVehicle() {
    return removeVehicle;
  }

  public UploadVehicleImage uploadVehicleImage() {
    return uploadVehicleImage;
  }

  public ViewVehicleImage viewVehicleImage() {
    return viewVehicleImage;
  }
}
