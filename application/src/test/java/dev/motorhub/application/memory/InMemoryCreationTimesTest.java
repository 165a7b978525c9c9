package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.CreationTimesContract;

/** The times the core stamps, kept to the microsecond on the in-memory store. */
class InMemoryCreationTimesTest extends CreationTimesContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
