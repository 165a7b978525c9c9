package dev.motorhub.application.garage;

import dev.motorhub.domain.garage.LicencePlate;
import dev.motorhub.domain.identity.UserId;
import java.util.Optional;

/**
 * Which vehicles to list: of one owner, of a brand or model (parts of the name, any case), of one
 * year, or with one plate.
 */
public record VehicleFilter(
    Optional<UserId> owner,
    Optional<String> brand,
    Optional<String> model,
    Optional<Integer> year,
    Optional<LicencePlate> plate) {

  public static VehicleFilter ofOwner(UserId owner) {
    return new VehicleFilter(
        Optional.of(owner), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
