package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.CostLineRepositoryContract;

/** The {@code CostLineRepository} contract on PostgreSQL. */
class JdbiCostLineRepositoryTest extends CostLineRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
