package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.LoginAttemptsContract;

/** The {@code LoginAttempts} contract on PostgreSQL. */
class JdbiLoginAttemptsTest extends LoginAttemptsContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
