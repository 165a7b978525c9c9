package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.MechanicSkillsContract;

/** The mechanic skills contract on the in-memory store. */
class InMemoryMechanicSkillsTest extends MechanicSkillsContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
