package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.BuyerRequirementRepositoryContract;

/** The {@code BuyerRequirementRepository} contract on PostgreSQL. */
class JdbiBuyerRequirementRepositoryTest extends BuyerRequirementRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
