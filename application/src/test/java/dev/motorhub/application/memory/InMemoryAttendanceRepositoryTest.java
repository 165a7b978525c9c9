package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.AttendanceRepositoryContract;

/** The {@code AttendanceRepository} contract on the in-memory store. */
class InMemoryAttendanceRepositoryTest extends AttendanceRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
