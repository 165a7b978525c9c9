package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.NotificationRepositoryContract;

/** The {@code NotificationRepository} contract on the in-memory store. */
class InMemoryNotificationRepositoryTest extends NotificationRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
