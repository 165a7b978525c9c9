package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.carcare.AttendanceRepository;
import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.AttendanceId;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Attendance in {@code mechanic_attendance}: a unique constraint keeps one record a mechanic a
 * date, and recording upserts on it, so two records at once for one date leave one row.
 */
final class JdbiAttendanceRepository implements AttendanceRepository {
  private static final String COLUMNS =
      "id, mechanic_id, attendance_date, status, recorded_by, recorded_at";
  private static final String SELECT = "select " + COLUMNS + " from mechanic_attendance";
  private static final RowMapper<Attendance> RECORDS =
      (rs, ctx) ->
          new Attendance(
              new AttendanceId(uuid(rs, "id")),
              new MechanicId(uuid(rs, "mechanic_id")),
              rs.getObject("attendance_date", LocalDate.class),
              AttendanceStatus.parse(rs.getString("status"), "status"),
              new UserId(uuid(rs, "recorded_by")),
              instant(rs, "recorded_at"));
  private static final KeysetPages<Attendance> PAGES =
      new KeysetPages<>(SELECT, "id", RECORDS, a -> a.id().value());

  private final JdbiTransactions tx;

  JdbiAttendanceRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public Attendance record(Attendance attendance) {
    return ReferencedRows.requireExisting(
        Map.of("mechanic_attendance_mechanic_fk", "Mechanic"),
        () ->
            tx.withHandle(
                h ->
                    h.createQuery(
                            """
                            insert into mechanic_attendance (id, mechanic_id, attendance_date,
                              status, recorded_by, recorded_at)
                            values (:id, :mechanic, :date, :status, :by, :at)
                            on conflict on constraint mechanic_attendance_day_unique
                            do update set status = excluded.status,
                              recorded_by = excluded.recorded_by,
                              recorded_at = excluded.recorded_at
                            returning\s"""
                                + COLUMNS)
                        .bind("id", attendance.id().value())
                        .bind("mechanic", attendance.mechanic().value())
                        .bind("date", attendance.date())
                        .bind("status", attendance.status().wire())
                        .bind("by", attendance.recordedBy().value())
                        .bind("at", attendance.recordedAt())
                        .map(RECORDS)
                        .one()));
  }

  @Override
  public void delete(AttendanceId id) {
    tx.withHandle(
        h ->
            h.createUpdate("delete from mechanic_attendance where id = :id")
                .bind("id", id.value())
                .execute());
  }

  @Override
  public Optional<Attendance> findById(AttendanceId id) {
    return Rows.one(tx, SELECT + " where id = :value", id.value(), RECORDS);
  }

  @Override
  public Optional<Attendance> find(MechanicId mechanic, LocalDate date) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where mechanic_id = :mechanic and attendance_date = :date")
                .bind("mechanic", mechanic.value())
                .bind("date", date)
                .map(RECORDS)
                .findOne());
  }

  @Override
  public List<Attendance> onDate(LocalDate date) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where attendance_date = :date order by id")
                .bind("date", date)
                .map(RECORDS)
                .list());
  }

  @Override
  public Page<Attendance> list(Optional<MechanicId> mechanic, PageRequest page) {
    return PAGES.page(
        tx,
        new Conditions().add("mechanic_id = :mechanic", "mechanic", mechanic.map(m -> m.value())),
        page);
  }
}
