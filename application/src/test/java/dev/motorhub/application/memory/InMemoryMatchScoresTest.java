package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.MatchScoresContract;

/** The scores contract of {@code MatchCandidates} on the in-memory store. */
class InMemoryMatchScoresTest extends MatchScoresContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
