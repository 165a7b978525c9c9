package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.TradeRepositoryContract;

/** The {@code TradeRepository} contract on PostgreSQL. */
class JdbiTradeRepositoryTest extends TradeRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
