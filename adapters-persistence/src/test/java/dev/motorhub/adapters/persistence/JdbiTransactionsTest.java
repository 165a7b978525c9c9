package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.TransactionsContract;

/** The {@code Transactions} contract on PostgreSQL. */
class JdbiTransactionsTest extends TransactionsContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
