package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.OrderRepositoryContract;

/** The {@code OrderRepository} contract on PostgreSQL. */
class JdbiOrderRepositoryTest extends OrderRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
