package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.RefreshTokenContract;

/** The refresh tokens of {@code SessionRepository} on PostgreSQL. */
class JdbiRefreshTokensTest extends RefreshTokenContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
