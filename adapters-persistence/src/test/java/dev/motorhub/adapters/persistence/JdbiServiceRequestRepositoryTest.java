package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.ServiceRequestRepositoryContract;

/** The {@code ServiceRequestRepository} contract on PostgreSQL. */
class JdbiServiceRequestRepositoryTest extends ServiceRequestRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
