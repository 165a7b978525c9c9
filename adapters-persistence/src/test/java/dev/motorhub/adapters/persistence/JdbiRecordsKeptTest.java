package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.RecordsKeptContract;

/** The records-kept contract on PostgreSQL: restricting foreign keys answered as conflicts. */
class JdbiRecordsKeptTest extends RecordsKeptContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
