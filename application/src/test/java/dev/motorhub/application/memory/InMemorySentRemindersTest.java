package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.SentRemindersContract;

/** The {@code SentReminders} contract in memory. */
class InMemorySentRemindersTest extends SentRemindersContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
