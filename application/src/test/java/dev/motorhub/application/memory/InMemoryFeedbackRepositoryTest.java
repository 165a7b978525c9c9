package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.FeedbackRepositoryContract;

/** The {@code FeedbackRepository} contract on the in-memory store. */
class InMemoryFeedbackRepositoryTest extends FeedbackRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
