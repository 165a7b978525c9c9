package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.MechanicRepositoryContract;

/** The {@code MechanicRepository} contract on PostgreSQL. */
class JdbiMechanicRepositoryTest extends MechanicRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
