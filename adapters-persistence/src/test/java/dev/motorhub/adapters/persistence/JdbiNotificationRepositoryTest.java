package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.NotificationRepositoryContract;

/** The {@code NotificationRepository} contract on PostgreSQL. */
class JdbiNotificationRepositoryTest extends NotificationRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
