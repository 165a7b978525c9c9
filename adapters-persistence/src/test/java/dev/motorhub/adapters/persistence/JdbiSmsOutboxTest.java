package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.SmsOutboxContract;

/** The {@code SmsOutbox} contract on PostgreSQL. */
class JdbiSmsOutboxTest extends SmsOutboxContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
