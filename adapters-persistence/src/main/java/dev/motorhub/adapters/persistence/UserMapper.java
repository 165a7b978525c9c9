package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.optionalInstant;
import static dev.motorhub.adapters.persistence.Rows.optionalString;
import static dev.motorhub.adapters.persistence.Rows.optionalUuid;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.Email;
import dev.motorhub.domain.identity.PasswordHash;
import dev.motorhub.domain.identity.Phone;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.SubscriptionPlanId;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.identity.Username;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row of {@code users}, selected as {@link #COLUMNS}, to an account. */
final class UserMapper implements RowMapper<User> {
  /** The columns of {@code users u}, each aliased with a {@code u_} prefix. */
  static final String COLUMNS =
      "u.id u_id, u.username u_username, u.email u_email, u.phone u_phone,"
          + " u.first_name u_first_name, u.last_name u_last_name, u.role u_role,"
          + " u.status u_status, u.subscription_plan_id u_plan,"
          + " u.subscription_started_at u_subscription_started_at,"
          + " u.subscription_ends_at u_subscription_ends_at, u.password_hash u_password_hash,"
          + " u.created_at u_created_at, u.updated_at u_updated_at,"
          + " u.last_login_at u_last_login_at, u.version u_version";

  @Override
  public User map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new User(
        new UserId(uuid(rs, "u_id")),
        new Username(rs.getString("u_username")),
        new Email(rs.getString("u_email")),
        optionalString(rs, "u_phone").map(Phone::stored),
        rs.getString("u_first_name"),
        rs.getString("u_last_name"),
        Role.valueOf(rs.getString("u_role").toUpperCase(Locale.ROOT)),
        AccountStatus.valueOf(rs.getString("u_status").toUpperCase(Locale.ROOT)),
        optionalUuid(rs, "u_plan").map(SubscriptionPlanId::new),
        optionalInstant(rs, "u_subscription_started_at"),
        optionalInstant(rs, "u_subscription_ends_at"),
        new PasswordHash(rs.getString("u_password_hash")),
        instant(rs, "u_created_at"),
        instant(rs, "u_updated_at"),
        optionalInstant(rs, "u_last_login_at"),
        rs.getLong("u_version"));
  }
}
