package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.VehicleRepositoryContract;

/** The {@code VehicleRepository} contract on the in-memory store. */
class InMemoryVehicleRepositoryTest extends VehicleRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
