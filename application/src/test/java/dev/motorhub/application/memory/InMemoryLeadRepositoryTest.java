package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.LeadRepositoryContract;

/** The {@code LeadRepository} contract on the in-memory store. */
class InMemoryLeadRepositoryTest extends LeadRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
