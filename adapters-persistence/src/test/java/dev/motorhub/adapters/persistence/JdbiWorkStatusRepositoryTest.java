package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.WorkStatusRepositoryContract;

/** The {@code WorkStatusRepository} contract on PostgreSQL. */
class JdbiWorkStatusRepositoryTest extends WorkStatusRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
