package dev.motorhub.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** Reads typed, possibly absent column values from a result row. */
final class Rows {
  private Rows() {}

  static UUID uuid(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  static Optional<UUID> optionalUuid(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, UUID.class));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }

  static Optional<LocalDate> optionalDate(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, LocalDate.class));
  }

  static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  /** The one row {@code sql} selects with {@code :value} bound, if any, mapped by {@code rows}. */
  static <T> Optional<T> one(JdbiTransactions tx, String sql, Object value, RowMapper<T> rows) {
    return tx.withHandle(h -> h.createQuery(sql).bind("value", value).map(rows).findOne());
  }

  /** Whether {@code table} has a row with {@code id}. */
  static boolean exists(JdbiTransactions tx, String table, UUID id) {
    return tx.withHandle(
        h ->
            h.createQuery("select exists (select 1 from " + table + " where id = :id)")
                .bind("id", id)
                .mapTo(Boolean.class)
                .one());
  }
}
