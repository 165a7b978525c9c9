package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.ServiceKindRepositoryContract;

/** The {@code ServiceKindRepository} contract on PostgreSQL, over the catalogue V009 seeds. */
class JdbiServiceKindRepositoryTest extends ServiceKindRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
