package dev.motorhub.domain.garage;

import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.User;

/**
 * Who may do what in garages: customers keep vehicles and see and change only their own; staff see
 * and manage every vehicle and keep them for customers.
 */
public final class GaragePolicy {

  /** Whether {@code owner} may hold vehicles at all: customer accounts only. */
  public boolean mayOwnVehicles(User owner) {
    return owner.role() == Role.CUSTOMER;
  }

  /** Registering a vehicle for {@code owner}: the owner themselves, or staff. */
  public boolean mayRegisterFor(Actor actor, User owner) {
    return actor.is(owner.id()) || actor.isAdministrative();
  }

  /** Seeing, changing or removing a vehicle: its owner or staff. */
  public boolean mayManage(Actor actor, Vehicle vehicle) {
    return actor.is(vehicle.owner()) || actor.isAdministrative();
  }

  /** Listing every garage, not only one's own. */
  public boolean mayListAll(Actor actor) {
    return actor.isAdministrative();
  }
}
