package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.optionalDate;
import static dev.motorhub.adapters.persistence.Rows.optionalString;
import static dev.motorhub.adapters.persistence.Rows.optionalUuid;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerDetails;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.CustomerName;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.identity.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps a row of {@code customers}, selected as {@link #COLUMNS}, to a customer profile: an
 * account's, or (no account, a name) a standalone customer.
 */
final class CustomerMapper implements RowMapper<Customer> {
  /** The columns of {@code customers c}, each aliased with a {@code c_} prefix. */
  static final String COLUMNS =
      "c.id c_id, c.user_id c_user_id, c.name c_name, c.job c_job, c.notes c_notes, c.dob c_dob,"
          + " c.address c_address, c.city c_city, c.state c_state, c.zip_code c_zip_code,"
          + " c.phone c_phone, c.created_at c_created_at, c.updated_at c_updated_at";

  @Override
  public Customer map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Customer(
        new CustomerId(uuid(rs, "c_id")),
        holder(rs),
        new CustomerDetails(
            rs.getString("c_job"),
            rs.getString("c_notes"),
            optionalDate(rs, "c_dob"),
            rs.getString("c_address"),
            rs.getString("c_city"),
            rs.getString("c_state"),
            rs.getString("c_zip_code"),
            optionalString(rs, "c_phone").map(PhoneNumber::new)),
        instant(rs, "c_created_at"),
        instant(rs, "c_updated_at"));
  }

  private static Customer.Holder holder(ResultSet rs) throws SQLException {
    Optional<UUID> user = optionalUuid(rs, "c_user_id");
    return user.isPresent()
        ? new Customer.Holder.Account(new UserId(user.get()))
        : new Customer.Holder.Standalone(new CustomerName(rs.getString("c_name")));
  }
}
