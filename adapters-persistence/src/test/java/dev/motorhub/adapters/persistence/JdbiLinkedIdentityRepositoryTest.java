package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.LinkedIdentityRepositoryContract;

/** The {@code LinkedIdentityRepository} contract on PostgreSQL. */
class JdbiLinkedIdentityRepositoryTest extends LinkedIdentityRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
