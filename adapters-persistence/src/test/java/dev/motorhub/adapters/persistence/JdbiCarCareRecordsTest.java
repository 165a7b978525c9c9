package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.CarCareRecordsContract;

/** The car care records contract on PostgreSQL: restricting keys keep what requests name. */
class JdbiCarCareRecordsTest extends CarCareRecordsContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
