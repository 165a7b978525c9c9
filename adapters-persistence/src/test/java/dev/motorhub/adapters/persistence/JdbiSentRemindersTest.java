package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.SentRemindersContract;

/** The {@code SentReminders} contract on PostgreSQL. */
class JdbiSentRemindersTest extends SentRemindersContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
