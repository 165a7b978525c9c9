package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.UserRepositoryContract;

/** The {@code UserRepository} contract on PostgreSQL. */
class JdbiUserRepositoryTest extends UserRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
