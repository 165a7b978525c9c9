package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.FeedbackRepositoryContract;

/** The {@code FeedbackRepository} contract on PostgreSQL. */
class JdbiFeedbackRepositoryTest extends FeedbackRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
