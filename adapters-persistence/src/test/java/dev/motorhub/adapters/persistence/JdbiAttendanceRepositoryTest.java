package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.AttendanceRepositoryContract;

/** The {@code AttendanceRepository} contract on PostgreSQL. */
class JdbiAttendanceRepositoryTest extends AttendanceRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }
}
