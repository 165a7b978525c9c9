package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.optionalString;
import static dev.motorhub.adapters.persistence.Rows.optionalUuid;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.ContactId;
import dev.motorhub.domain.customers.ContactOwner;
import dev.motorhub.domain.customers.ContactPoint;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.LeadId;
import dev.motorhub.domain.identity.Email;
import dev.motorhub.domain.identity.PhoneNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps a row of {@code contacts} to a contact, and a contact's sealed owner and point to the
 * nullable column pairs that the table's checks keep to exactly one each.
 */
final class ContactMapper implements RowMapper<Contact> {
  static final String COLUMNS =
      "id, customer_id, lead_id, email, phone, note, created_at, updated_at";

  @Override
  public Contact map(ResultSet rs, StatementContext ctx) throws SQLException {
    var customer = optionalUuid(rs, "customer_id");
    ContactOwner owner =
        customer.isPresent()
            ? new ContactOwner.OfCustomer(new CustomerId(customer.get()))
            : new ContactOwner.OfLead(new LeadId(uuid(rs, "lead_id")));
    var email = optionalString(rs, "email");
    ContactPoint point =
        email.isPresent()
            ? new ContactPoint.ByEmail(new Email(email.get()))
            : new ContactPoint.ByPhone(new PhoneNumber(rs.getString("phone")));
    return new Contact(
        new ContactId(uuid(rs, "id")),
        owner,
        point,
        rs.getString("note"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }

  static UUID customerId(ContactOwner owner) {
    return owner instanceof ContactOwner.OfCustomer c ? c.customer().value() : null;
  }

  static UUID leadId(ContactOwner owner) {
    return owner instanceof ContactOwner.OfLead l ? l.lead().value() : null;
  }

  static String email(ContactPoint point) {
    return point instanceof ContactPoint.ByEmail e ? e.email().value() : null;
  }

  static String phone(ContactPoint point) {
    return point instanceof ContactPoint.ByPhone p ? p.phone().value() : null;
  }
}
