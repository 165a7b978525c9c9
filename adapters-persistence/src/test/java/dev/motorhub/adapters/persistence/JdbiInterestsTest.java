package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.InterestsContract;

/** The interests, conversations, messages and blocks contract on PostgreSQL. */
class JdbiInterestsTest extends InterestsContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
