package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.SessionRepositoryContract;

/** The {@code SessionRepository} contract on PostgreSQL. */
class JdbiSessionRepositoryTest extends SessionRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
