package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.CatalogueRepositoryContract;

/** The {@code CatalogueRepository} contract on PostgreSQL. */
class JdbiCatalogueRepositoryTest extends CatalogueRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
