package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.SubscriptionPlanRepositoryContract;

/** The {@code SubscriptionPlanRepository} contract on the in-memory store. */
class InMemorySubscriptionPlanRepositoryTest extends SubscriptionPlanRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
