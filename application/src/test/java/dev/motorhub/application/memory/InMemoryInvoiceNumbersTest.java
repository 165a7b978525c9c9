package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.InvoiceNumbersContract;

/** The {@code InvoiceNumbers} contract on the in-memory store. */
class InMemoryInvoiceNumbersTest extends InvoiceNumbersContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
