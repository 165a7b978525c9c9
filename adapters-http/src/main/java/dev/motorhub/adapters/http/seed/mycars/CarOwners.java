package dev.motorhub.adapters.http.seed.mycars;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import java.util.HashMap;
import java.util.Map;

/**
 * The owners of the cars one answer shows, each read once: whoever may see a car may see the
 * account that keeps it (its owner, or staff).
 */
final class CarOwners {
  private final Motorhub core;
  private final Principal principal;
  private final Map<UserId, User> read = new HashMap<>();

  CarOwners(Motorhub core, Principal principal) {
    this.core = core;
    this.principal = principal;
  }

  MyCarsCarViews.CarView car(Vehicle vehicle) {
    User owner =
        read.computeIfAbsent(
            vehicle.owner(), id -> core.accounts().viewAccounts().get(principal, id).user());
    return MyCarsCarViews.car(vehicle, owner);
  }
}
