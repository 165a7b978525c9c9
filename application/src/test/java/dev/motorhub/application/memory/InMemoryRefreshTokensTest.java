package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.RefreshTokenContract;

/** The refresh tokens of {@code SessionRepository} on the in-memory store. */
class InMemoryRefreshTokensTest extends RefreshTokenContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
