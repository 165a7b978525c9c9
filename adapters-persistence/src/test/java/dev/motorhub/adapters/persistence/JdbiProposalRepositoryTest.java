package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.ProposalRepositoryContract;

/** The {@code ProposalRepository} contract on PostgreSQL. */
class JdbiProposalRepositoryTest extends ProposalRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
