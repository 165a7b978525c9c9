package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.PreferenceRepositoryContract;

/** The {@code PreferenceRepository} contract on PostgreSQL. */
class JdbiPreferenceRepositoryTest extends PreferenceRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
