package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.LeadRepositoryContract;

/** The {@code LeadRepository} contract on PostgreSQL. */
class JdbiLeadRepositoryTest extends LeadRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
