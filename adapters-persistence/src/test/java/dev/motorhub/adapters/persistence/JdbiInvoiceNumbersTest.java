package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.InvoiceNumbersContract;

/** The {@code InvoiceNumbers} contract on PostgreSQL. */
class JdbiInvoiceNumbersTest extends InvoiceNumbersContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
