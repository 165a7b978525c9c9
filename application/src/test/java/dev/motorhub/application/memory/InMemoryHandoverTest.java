package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.HandoverContract;

/** The handover contract (sold vehicles, their moves, and handovers on record) in memory. */
class InMemoryHandoverTest extends HandoverContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
