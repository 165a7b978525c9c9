package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.MatchingByAttributesContract;

/** Matching on what vehicles record, over the in-memory store. */
class InMemoryMatchingByAttributesTest extends MatchingByAttributesContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
