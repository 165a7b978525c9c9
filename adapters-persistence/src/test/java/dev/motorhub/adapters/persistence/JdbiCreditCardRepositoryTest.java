package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.CreditCardRepositoryContract;

/** The {@code CreditCardRepository} contract on PostgreSQL. */
class JdbiCreditCardRepositoryTest extends CreditCardRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
