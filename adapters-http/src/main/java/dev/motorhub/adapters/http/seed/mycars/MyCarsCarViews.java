package dev.motorhub.adapters.http.seed.mycars;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.motorhub.adapters.http.web.Images;
import dev.motorhub.application.accounts.Account;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.garage.Vin;
import dev.motorhub.domain.identity.User;
import java.time.Instant;
import java.util.List;

/** The My Cars seed's (003) car, and its admin view of a user with their cars. */
final class MyCarsCarViews {
  private MyCarsCarViews() {}

  /** A car as the seed shows it: the plate is its {@code license}, the owner named twice. */
  record CarView(
      String id,
      String brand,
      String model,
      int year,
      String color,
      String license,
      String vin,
      long mileage,
      String owner,
      String ownerName,
      String ownerUsername,
      String image,
      String notes,
      Instant createdAt,
      Instant updatedAt) {}

  /** The seed's user profile with the user's cars beside it. */
  record UserWithCarsView(@JsonUnwrapped MyCarsViews.UserView user, List<CarView> cars) {}

  static CarView car(Vehicle vehicle, User owner) {
    VehicleDetails d = vehicle.details();
    return new CarView(
        vehicle.id().toString(),
        d.brand(),
        d.model(),
        d.year(),
        d.color(),
        d.plate().value(),
        d.vin().map(Vin::value).orElse(""),
        d.mileage(),
        owner.id().toString(),
        owner.displayName(),
        owner.username().value(),
        Images.url(vehicle.image()),
        d.notes(),
        vehicle.createdAt(),
        vehicle.updatedAt());
  }

  static UserWithCarsView withCars(Account account, List<Vehicle> vehicles) {
    return new UserWithCarsView(
        MyCarsViews.user(account), vehicles.stream().map(v -> car(v, account.user())).toList());
  }
}
