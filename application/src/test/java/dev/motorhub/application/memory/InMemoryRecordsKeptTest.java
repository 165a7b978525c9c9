package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.RecordsKeptContract;

/** The records-kept contract (accounts and vehicles on record) on the in-memory store. */
class InMemoryRecordsKeptTest extends RecordsKeptContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
