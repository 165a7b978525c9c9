package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.SubscriptionPlanRepositoryContract;

/** The {@code SubscriptionPlanRepository} contract on PostgreSQL. */
class JdbiSubscriptionPlanRepositoryTest extends SubscriptionPlanRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
