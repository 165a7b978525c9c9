package dev.motorhub.application.support;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.garage.RegisterVehicle;
import dev.motorhub.application.garage.UpdateVehicle;
import dev.motorhub.application.garage.VehicleForm;
import dev.motorhub.application.garage.VehicleQuery;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Vehicle forms as a client fills them in, and vehicles registered through the use case. */
public final class TestGarage {
  /** A VIN whose check digit is right. */
  public static final String VIN = "1HGBH41JXMN109186";

  private TestGarage() {}

  /** A complete form for a 2023 Toyota Camry with {@code plate}. */
  public static VehicleForm form(String plate) {
    return new VehicleForm(
        "Toyota", "Camry", "2023", "Blue", plate, VIN, "15000", "Excellent condition");
  }

  /**
   * A complete form for a 2023 Toyota Camry with {@code plate}, recording its location, body type,
   * fuel and transmission as given (null: not given).
   */
  public static VehicleForm form(
      String plate, String location, String bodyType, String fuel, String transmission) {
    return form(plate).withAttributes(location, bodyType, fuel, transmission);
  }

  /** A form that changes only the location, body type, fuel and transmission given. */
  public static VehicleForm attributes(
      String location, String bodyType, String fuel, String transmission) {
    return new VehicleForm(
        null, null, null, null, null, null, null, null, location, bodyType, fuel, transmission);
  }

  /** A form that gives only the fields the seed's partial update sends. */
  public static VehicleForm changes(String mileage, String notes) {
    return new VehicleForm(null, null, null, null, null, null, mileage, notes);
  }

  /** {@code principal} registers a vehicle with {@code plate} in their own garage. */
  public static Vehicle register(Motorhub motorhub, Principal principal, String plate) {
    return register(motorhub, principal, form(plate));
  }

  /** {@code principal} registers the vehicle {@code form} states in their own garage. */
  public static Vehicle register(Motorhub motorhub, Principal principal, VehicleForm form) {
    return motorhub
        .garage()
        .registerVehicle()
        .register(new RegisterVehicle.Command(principal, Optional.empty(), form));
  }

  /** The first ten vehicles {@code principal} sees. */
  public static List<Vehicle> seenBy(Motorhub motorhub, Principal principal) {
    return motorhub
        .garage()
        .viewVehicles()
        .search(principal, VehicleQuery.all(), PageRequest.first(10))
        .items();
  }

  /** {@code principal} changes {@code vehicle} as {@code form} says, replacing it if asked. */
  public static Vehicle change(
      Motorhub motorhub, Principal principal, Vehicle vehicle, VehicleForm form, boolean replace) {
    return motorhub
        .garage()
        .updateVehicle()
        .update(new UpdateVehicle.Command(principal, vehicle.id(), form, replace));
  }
}
