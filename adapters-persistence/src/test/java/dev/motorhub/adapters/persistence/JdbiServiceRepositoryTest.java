package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.ServiceRepositoryContract;

/** The {@code ServiceRepository} contract on PostgreSQL. */
class JdbiServiceRepositoryTest extends ServiceRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
