package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.PendingSignInRepositoryContract;

/** The {@code PendingSignInRepository} contract on PostgreSQL. */
class JdbiPendingSignInRepositoryTest extends PendingSignInRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
