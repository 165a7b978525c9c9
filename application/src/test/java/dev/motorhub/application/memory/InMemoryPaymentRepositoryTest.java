package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.PaymentRepositoryContract;

/** The {@code PaymentRepository} contract on the in-memory store. */
class InMemoryPaymentRepositoryTest extends PaymentRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
