package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.MatchingByAttributesContract;

/** Matching on what vehicles record, on PostgreSQL: the required fuel filtered in SQL. */
class JdbiMatchingByAttributesTest extends MatchingByAttributesContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
