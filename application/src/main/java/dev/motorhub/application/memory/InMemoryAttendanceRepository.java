package dev.motorhub.application.memory;

import dev.motorhub.application.carcare.AttendanceRepository;
import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.AttendanceId;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Attendance records in memory, one a mechanic a date. */
final class InMemoryAttendanceRepository implements AttendanceRepository {
  private final Table<UUID, Attendance> records;

  InMemoryAttendanceRepository(Table<UUID, Attendance> records) {
    this.records = records;
  }

  @Override
  public Attendance record(Attendance attendance) {
    Attendance stored =
        find(attendance.mechanic(), attendance.date())
            .map(
                existing ->
                    new Attendance(
                        existing.id(),
                        existing.mechanic(),
                        existing.date(),
                        attendance.status(),
                        attendance.recordedBy(),
                        attendance.recordedAt()))
            .orElse(attendance);
    records.put(stored.id().value(), stored);
    return stored;
  }

  @Override
  public void delete(AttendanceId id) {
    records.remove(id.value());
  }

  @Override
  public Optional<Attendance> findById(AttendanceId id) {
    return records.get(id.value());
  }

  @Override
  public Optional<Attendance> find(MechanicId mechanic, LocalDate date) {
    return records.where(a -> a.mechanic().equals(mechanic) && a.date().equals(date)).stream()
        .findFirst();
  }

  @Override
  public List<Attendance> onDate(LocalDate date) {
    return records.where(a -> a.date().equals(date));
  }

  @Override
  public Page<Attendance> list(Optional<MechanicId> mechanic, PageRequest page) {
    return Pages.of(
        records, page, a -> mechanic.map(a.mechanic()::equals).orElse(true), a -> a.id().value());
  }
}
