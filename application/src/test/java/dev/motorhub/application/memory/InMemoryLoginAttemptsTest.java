package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.LoginAttemptsContract;

/** The {@code LoginAttempts} contract on the in-memory store. */
class InMemoryLoginAttemptsTest extends LoginAttemptsContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
