package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.contract.Fixtures;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.billing.PaymentOutcome;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.PageRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * V015 on a database that holds payments already: they were charged and settled as they were made,
 * so they become succeeded, settled when they were made, and their invoices hold nothing pending.
 * It runs on the end-to-end database, which it empties first (the bootstrap tests do the same).
 */
class PendingPaymentsMigrationTest {
  private static final String URL =
      System.getenv()
          .getOrDefault(
              "MOTORHUB_E2E_DATABASE_URL",
              "jdbc:postgresql://127.0.0.1:5432/motorhub_e2e?user=postgres");
  private static final Instant MADE = Instant.parse("2026-03-02T10:15:30Z");

  /** The last migration before {@code version} (others' migrations come and go below it). */
  private static String lastBefore(int version) throws Exception {
    Path migrations =
        Path.of(
            PendingPaymentsMigrationTest.class
                .getClassLoader()
                .getResource("db/migration")
                .toURI());
    try (Stream<Path> files = Files.list(migrations)) {
      return String.valueOf(
          files
              .map(f -> f.getFileName().toString())
              .filter(name -> name.matches("V[0-9]+__.*\\.sql"))
              .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
              .filter(v -> v < version)
              .max()
              .orElseThrow());
    }
  }

  @Test
  void paymentsMadeBefore_succeededWhenTheyWereMade_andTheirInvoicesHoldNothingPending()
      throws Exception {
    Jdbi db = Jdbi.create(URL);
    db.useHandle(
        h -> {
          h.execute("drop schema public cascade");
          h.execute("create schema public");
        });
    Flyway.configure()
        .dataSource(URL, null, null)
        .locations("classpath:db/migration")
        .target(lastBefore(15))
        .load()
        .migrate();
    User alice = Fixtures.user("alice");
    UUID invoice = UUID.randomUUID();
    UUID payment = UUID.randomUUID();
    try (PostgresStore store = PostgresStore.connect(URL, 2)) {
      db.useHandle(
          h -> {
            // The account as the schema before V015 keeps it: today's store writes later columns.
            h.createUpdate(
                    """
                    insert into users (id, username, username_key, email, email_key, first_name,
                      last_name, role, status, password_hash, created_at, updated_at, version)
                    values (:id, 'alice', 'alice', 'alice@motorhub.test', 'alice@motorhub.test',
                      '', '', 'customer', 'active', 'hash', :made, :made, 0)""")
                .bind("id", alice.id().value())
                .bind("made", MADE)
                .execute();
            h.createUpdate(
                    """
                    insert into invoices (id, number, customer_id, source_kind, source_reference,
                      currency, total, paid, issued_on, due_on, status, paid_at, version)
                    values (:id, 'INV-2026-000001', :customer, 'lease_exposure',
                      gen_random_uuid(), 'USD', 50.00, 50.00, '2026-03-01', '2026-03-31', 'paid',
                      :made, 1)""")
                .bind("id", invoice)
                .bind("customer", alice.id().value())
                .bind("made", MADE)
                .execute();
            h.createUpdate(
                    """
                    insert into invoice_lines (invoice_id, position, description, quantity,
                      unit_price)
                    values (:invoice, 0, 'Lease listing', 1, 50.00)""")
                .bind("invoice", invoice)
                .execute();
            h.createUpdate(
                    """
                    insert into payments (id, invoice_id, payer_id, recorded_by, card_id,
                      card_brand, card_last4, amount, currency, paid_at, late, gateway_reference)
                    values (:id, :invoice, :payer, :payer, gen_random_uuid(), 'visa', '4242',
                      50.00, 'USD', :made, false, 'card-on-file:old')""")
                .bind("id", payment)
                .bind("invoice", invoice)
                .bind("payer", alice.id().value())
                .bind("made", MADE)
                .execute();
          });

      store.migrate();

      Payment migrated =
          store
              .transactions()
              .inTransaction(
                  () ->
                      store
                          .payments()
                          .search(
                              Optional.empty(),
                              Optional.of(new InvoiceId(invoice)),
                              PageRequest.first(10)))
              .items()
              .getFirst();
      assertThat(migrated.id().value()).isEqualTo(payment);
      assertThat(migrated.createdAt()).isEqualTo(MADE);
      assertThat(migrated.outcome())
          .isEqualTo(new PaymentOutcome.Succeeded("card-on-file:old", MADE));
      Invoice paid =
          store
              .transactions()
              .inTransaction(() -> store.invoices().findById(new InvoiceId(invoice)))
              .orElseThrow();
      assertThat(paid).isInstanceOf(Invoice.Paid.class);
      assertThat(paid.pending().plain()).isEqualTo("0.00");
    }
  }
}
