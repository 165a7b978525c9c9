package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.CustomerRepositoryContract;

/** The {@code CustomerRepository} contract on the in-memory store. */
class InMemoryCustomerRepositoryTest extends CustomerRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
