package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.CreditCardRepositoryContract;

/** The {@code CreditCardRepository} contract on the in-memory store. */
class InMemoryCreditCardRepositoryTest extends CreditCardRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
