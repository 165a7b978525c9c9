package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.ProposalRepositoryContract;

/** The {@code ProposalRepository} contract on the in-memory store. */
class InMemoryProposalRepositoryTest extends ProposalRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
