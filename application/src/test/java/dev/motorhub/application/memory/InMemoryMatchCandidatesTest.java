package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.MatchCandidatesContract;

/** The {@code MatchCandidates} contract on the in-memory store. */
class InMemoryMatchCandidatesTest extends MatchCandidatesContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
