package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.identity.UserId;
import java.sql.Array;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A mechanic profile as a row of {@code mechanics m} and back: working days as ISO day numbers in
 * an array, the service kinds from {@code mechanic_specializations} gathered into one.
 */
final class MechanicRows {
  static final String SELECT =
      "select m.id, m.user_id, m.specialization, m.experience_years, m.working_days,"
          + " m.daily_capacity, m.created_at, m.updated_at,"
          + " array(select s.service_kind from mechanic_specializations s"
          + " where s.mechanic_id = m.id) specializations"
          + " from mechanics m";

  static final RowMapper<Mechanic> MECHANICS =
      (rs, ctx) ->
          new Mechanic(
              new MechanicId(uuid(rs, "id")),
              new UserId(uuid(rs, "user_id")),
              rs.getString("specialization"),
              rs.getInt("experience_years"),
              elements(rs.getArray("specializations")).stream()
                  .map(code -> new ServiceKindCode((String) code))
                  .collect(Collectors.toSet()),
              elements(rs.getArray("working_days")).stream()
                  .map(day -> DayOfWeek.of(((Number) day).intValue()))
                  .collect(Collectors.toSet()),
              rs.getInt("daily_capacity"),
              instant(rs, "created_at"),
              instant(rs, "updated_at"));

  private MechanicRows() {}

  private static List<Object> elements(Array array) throws SQLException {
    return Arrays.asList((Object[]) array.getArray());
  }

  /** Binds every column of {@code mechanics} that a revision may change. */
  static <S extends SqlStatement<S>> S bindSkills(S statement, Mechanic mechanic) {
    return statement
        .bind("id", mechanic.id().value())
        .bind("specialization", mechanic.specialization())
        .bind("years", mechanic.yearsOfExperience())
        .bindArray("days", Integer.class, days(mechanic.workingDays()))
        .bind("capacity", mechanic.dailyCapacity())
        .bind("updatedAt", mechanic.updatedAt());
  }

  /** Stores the service kinds of {@code mechanic}; an unknown kind is not found. */
  static int addSpecializations(Handle h, Mechanic mechanic) {
    return ReferencedRows.requireExisting(
        Map.of("mechanic_specializations_kind_fk", "Service kind"),
        () ->
            h.createUpdate(
                    """
                    insert into mechanic_specializations (mechanic_id, service_kind)
                    select :id, unnest(:kinds)""")
                .bind("id", mechanic.id().value())
                .bindArray(
                    "kinds",
                    String.class,
                    mechanic.specializations().stream().map(ServiceKindCode::value).toList())
                .execute());
  }

  private static List<Integer> days(Set<DayOfWeek> days) {
    return days.stream().map(DayOfWeek::getValue).sorted().toList();
  }
}
