package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.MechanicSkillsContract;

/** The skills part of the {@code MechanicRepository} contract on PostgreSQL. */
class JdbiMechanicSkillsTest extends MechanicSkillsContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
