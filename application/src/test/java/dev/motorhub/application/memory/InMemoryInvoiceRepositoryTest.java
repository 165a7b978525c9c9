package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.InvoiceRepositoryContract;

/** The {@code InvoiceRepository} contract on the in-memory store. */
class InMemoryInvoiceRepositoryTest extends InvoiceRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
