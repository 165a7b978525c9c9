package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.PaymentRepositoryContract;

/** The {@code PaymentRepository} contract on PostgreSQL. */
class JdbiPaymentRepositoryTest extends PaymentRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
