package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.CreationTimesContract;

/** The times the core stamps on PostgreSQL: a creating answer shows what later reads show. */
class JdbiCreationTimesTest extends CreationTimesContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
