package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.SmsOutboxContract;

/** The {@code SmsOutbox} contract on the in-memory store. */
class InMemorySmsOutboxTest extends SmsOutboxContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
