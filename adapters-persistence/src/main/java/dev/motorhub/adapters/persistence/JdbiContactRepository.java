package dev.motorhub.adapters.persistence;

import dev.motorhub.application.customers.ContactRepository;
import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.ContactId;
import dev.motorhub.domain.customers.ContactOwner;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.LeadId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** Contacts in {@code contacts}, each with exactly one owner; they cascade with their owner. */
final class JdbiContactRepository implements ContactRepository {
  private static final ContactMapper CONTACTS = new ContactMapper();
  private static final String SELECT = "select " + ContactMapper.COLUMNS + " from contacts";
  private static final KeysetPages<Contact> PAGES =
      new KeysetPages<>(SELECT, "id", CONTACTS, c -> c.id().value());

  private final JdbiTransactions tx;

  JdbiContactRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Contact contact) {
    tx.withHandle(
        h ->
            bindPoint(
                    h.createUpdate(
                        """
                        insert into contacts (id, customer_id, lead_id, email, phone, note,
                          created_at, updated_at)
                        values (:id, :customerId, :leadId, :email, :phone, :note, :createdAt,
                          :updatedAt)"""),
                    contact)
                .bindByType("customerId", ContactMapper.customerId(contact.owner()), UUID.class)
                .bindByType("leadId", ContactMapper.leadId(contact.owner()), UUID.class)
                .bind("createdAt", contact.createdAt())
                .execute());
  }

  @Override
  public void update(Contact contact) {
    tx.withHandle(
        h ->
            bindPoint(
                    h.createUpdate(
                        """
                        update contacts set email = :email, phone = :phone, note = :note,
                          updated_at = :updatedAt
                        where id = :id"""),
                    contact)
                .execute());
  }

  @Override
  public Optional<Contact> findById(ContactId id) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where id = :id")
                .bind("id", id.value())
                .map(CONTACTS)
                .findOne());
  }

  @Override
  public Page<Contact> list(Optional<ContactOwner> owner, PageRequest page) {
    Conditions where =
        new Conditions()
            .add("customer_id = :customerId", "customerId", owner.map(ContactMapper::customerId))
            .add("lead_id = :leadId", "leadId", owner.map(ContactMapper::leadId));
    return PAGES.page(tx, where, page);
  }

  @Override
  public void moveAll(LeadId lead, CustomerId customer, Instant at) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    """
                    update contacts set lead_id = null, customer_id = :customer, updated_at = :at
                    where lead_id = :lead""")
                .bind("lead", lead.value())
                .bind("customer", customer.value())
                .bind("at", at)
                .execute());
  }

  @Override
  public void delete(ContactId id) {
    tx.withHandle(
        h ->
            h.createUpdate("delete from contacts where id = :id").bind("id", id.value()).execute());
  }

  /** Binds what an insert and an update both write. */
  private static <S extends SqlStatement<S>> S bindPoint(S statement, Contact contact) {
    return statement
        .bind("id", contact.id().value())
        .bindByType("email", ContactMapper.email(contact.point()), String.class)
        .bindByType("phone", ContactMapper.phone(contact.point()), String.class)
        .bind("note", contact.note())
        .bind("updatedAt", contact.updatedAt());
  }
}
