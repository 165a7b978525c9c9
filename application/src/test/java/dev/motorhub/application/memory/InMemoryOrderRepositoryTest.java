package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.OrderRepositoryContract;

/** The {@code OrderRepository} contract on the in-memory store. */
class InMemoryOrderRepositoryTest extends OrderRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
