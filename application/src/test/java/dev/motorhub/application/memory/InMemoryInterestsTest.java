package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.InterestsContract;

/** The interests, conversations, messages and blocks contract on the in-memory store. */
class InMemoryInterestsTest extends InterestsContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
