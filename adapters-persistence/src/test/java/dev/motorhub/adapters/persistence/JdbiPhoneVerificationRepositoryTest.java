package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.PhoneVerificationRepositoryContract;

/** The {@code PhoneVerificationRepository} contract on PostgreSQL. */
class JdbiPhoneVerificationRepositoryTest extends PhoneVerificationRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
