package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.SessionRepositoryContract;

/** The {@code SessionRepository} contract on the in-memory store. */
class InMemorySessionRepositoryTest extends SessionRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
