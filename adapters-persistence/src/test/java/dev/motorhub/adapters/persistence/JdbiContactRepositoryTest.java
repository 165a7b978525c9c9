package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.ContactRepositoryContract;

/** The {@code ContactRepository} contract on PostgreSQL. */
class JdbiContactRepositoryTest extends ContactRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
