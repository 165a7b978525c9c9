package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.PendingSignInRepositoryContract;

/** The {@code PendingSignInRepository} contract on the in-memory store. */
class InMemoryPendingSignInRepositoryTest extends PendingSignInRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
