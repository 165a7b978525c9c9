package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.HandoverContract;

/** The handover contract (sold vehicles, their moves, and handovers on record) on PostgreSQL. */
class JdbiHandoverTest extends HandoverContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
