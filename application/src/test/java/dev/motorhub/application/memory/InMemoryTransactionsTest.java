package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.TransactionsContract;

/** The {@code Transactions} contract on the in-memory store. */
class InMemoryTransactionsTest extends TransactionsContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
