package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.BuyerRecordsContract;

/** The {@code BuyerRecords} contract on PostgreSQL. */
class JdbiBuyerRecordsTest extends BuyerRecordsContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
