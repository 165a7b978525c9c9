package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.SearchesFittingContract;

/** The {@code SearchesFitting} contract on the in-memory store. */
class InMemorySearchesFittingTest extends SearchesFittingContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
