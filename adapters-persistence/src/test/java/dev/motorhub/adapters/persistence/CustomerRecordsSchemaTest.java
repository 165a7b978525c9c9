package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the schema itself guarantees, whatever writes to it: a card row has no place for a number or
 * a security code, and a contact has exactly one owner and exactly one point of contact.
 */
class CustomerRecordsSchemaTest {
  private final Jdbi admin =
      Jdbi.create(PostgresTestDatabase.url()).installPlugin(new PostgresPlugin());
  private UUID customer;
  private UUID lead;

  @BeforeEach
  void aCustomerAndALead() {
    PostgresTestDatabase.emptyStore();
    UUID user = UUID.randomUUID();
    customer = UUID.randomUUID();
    lead = UUID.randomUUID();
    admin.useHandle(
        h -> {
          h.execute(
              "insert into users (id, username, username_key, email, email_key, first_name,"
                  + " last_name, role, status, password_hash, created_at, updated_at, version)"
                  + " values (?, 'ann', 'ann', 'ann@example.com', 'ann@example.com', '', '',"
                  + " 'customer', 'active', 'x', now(), now(), 0)",
              user);
          h.execute(
              "insert into customers (id, user_id, job, notes, address, city, state, zip_code,"
                  + " created_at, updated_at) values (?, ?, '', '', '', '', '', '', now(), now())",
              customer,
              user);
          h.execute(
              "insert into leads (id, first_name, last_name, source, notes, created_at,"
                  + " updated_at) values (?, 'Kim', '', '', '', now(), now())",
              lead);
        });
  }

  @Test
  void aCardRow_hasNoColumnForTheNumberOrTheCode() {
    var columns =
        admin.withHandle(
            h ->
                h.createQuery(
                        "select column_name from information_schema.columns"
                            + " where table_name = 'credit_cards' and table_schema = current_schema()")
                    .mapTo(String.class)
                    .list());

    assertThat(columns)
        .containsExactlyInAnyOrder(
            "id",
            "owner_id",
            "brand",
            "last4",
            "exp_month",
            "exp_year",
            "holder",
            "fingerprint",
            "created_at");
  }

  @Test
  void aContact_withBothOwnersOrNone_isRefused() {
    assertRefused(customer, lead, "a@example.com", null, "contacts_one_owner_check");
    assertRefused(null, null, "a@example.com", null, "contacts_one_owner_check");
  }

  @Test
  void aContact_withBothAnEmailAndAPhoneOrNeither_isRefused() {
    assertRefused(customer, null, "a@example.com", "+254701000001", "contacts_one_point_check");
    assertRefused(null, lead, null, null, "contacts_one_point_check");
  }

  private void assertRefused(
      UUID customerId, UUID leadId, String email, String phone, String constraint) {
    assertThatThrownBy(
            () ->
                admin.useHandle(
                    h ->
                        h.createUpdate(
                                "insert into contacts (id, customer_id, lead_id, email, phone,"
                                    + " note, created_at, updated_at) values (:id, :customer,"
                                    + " :lead, :email, :phone, '', now(), now())")
                            .bind("id", UUID.randomUUID())
                            .bindByType("customer", customerId, UUID.class)
                            .bindByType("lead", leadId, UUID.class)
                            .bindByType("email", email, String.class)
                            .bindByType("phone", phone, String.class)
                            .execute()))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasMessageContaining(constraint);
  }
}
