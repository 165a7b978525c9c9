package dev.motorhub.application.carcare;

import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.AttendanceId;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Attendance records: one a mechanic a date (the store enforces it). */
public interface AttendanceRepository {
  /**
   * Keeps {@code attendance} as its mechanic's record for its date: a new record, or, when that
   * mechanic has one for that date already, that record with the new status, author and time (its
   * id kept, even when two record at once). Returns the record as stored.
   */
  Attendance record(Attendance attendance);

  Optional<Attendance> findById(AttendanceId id);

  /** Removes the record, if there is one, leaving its mechanic's day unrecorded. */
  void delete(AttendanceId id);

  Optional<Attendance> find(MechanicId mechanic, LocalDate date);

  /** Every record of {@code date}, in id order. */
  List<Attendance> onDate(LocalDate date);

  /** The records, of one mechanic when given, in id order. */
  Page<Attendance> list(Optional<MechanicId> mechanic, PageRequest page);
}
