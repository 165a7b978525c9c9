package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.InvoiceRepositoryContract;

/** The {@code InvoiceRepository} contract on PostgreSQL. */
class JdbiInvoiceRepositoryTest extends InvoiceRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
