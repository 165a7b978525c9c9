package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.ChangeQueueContract;

/** The {@code ChangeQueue} contract on the in-memory store. */
class InMemoryChangeQueueTest extends ChangeQueueContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
