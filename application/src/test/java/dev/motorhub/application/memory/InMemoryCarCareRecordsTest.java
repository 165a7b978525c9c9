package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.CarCareRecordsContract;

/** Car care's records kept on the in-memory store. */
class InMemoryCarCareRecordsTest extends CarCareRecordsContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
