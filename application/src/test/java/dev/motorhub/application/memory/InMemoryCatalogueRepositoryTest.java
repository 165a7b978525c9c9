package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.CatalogueRepositoryContract;

/** The {@code CatalogueRepository} contract on the in-memory store. */
class InMemoryCatalogueRepositoryTest extends CatalogueRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
