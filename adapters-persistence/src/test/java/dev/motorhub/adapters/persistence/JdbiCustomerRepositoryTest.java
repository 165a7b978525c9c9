package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.CustomerRepositoryContract;

/** The {@code CustomerRepository} contract on PostgreSQL. */
class JdbiCustomerRepositoryTest extends CustomerRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
