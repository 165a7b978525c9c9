package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.PhoneVerificationRepositoryContract;

/** The {@code PhoneVerificationRepository} contract in memory. */
class InMemoryPhoneVerificationRepositoryTest extends PhoneVerificationRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
