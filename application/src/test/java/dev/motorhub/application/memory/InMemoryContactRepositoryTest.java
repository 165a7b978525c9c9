package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.ContactRepositoryContract;

/** The {@code ContactRepository} contract on the in-memory store. */
class InMemoryContactRepositoryTest extends ContactRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
