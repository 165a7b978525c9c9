package dev.motorhub.application.memory;

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

/** Contacts in memory; they go with their owner, as the database's cascades do. */
final class InMemoryContactRepository implements ContactRepository {
  private final Table<UUID, Contact> contacts;

  InMemoryContactRepository(Table<UUID, Contact> contacts) {
    this.contacts = contacts;
  }

  @Override
  public void add(Contact contact) {
    contacts.put(contact.id().value(), contact);
  }

  @Override
  public void update(Contact contact) {
    contacts.put(contact.id().value(), contact);
  }

  @Override
  public Optional<Contact> findById(ContactId id) {
    return contacts.get(id.value());
  }

  @Override
  public Page<Contact> list(Optional<ContactOwner> owner, PageRequest page) {
    return Page.fromFetched(
        contacts.whereAfter(
            page.after(), c -> owner.map(c.owner()::equals).orElse(true), page.limit() + 1),
        page.limit(),
        c -> c.id().value());
  }

  @Override
  public void moveAll(LeadId lead, CustomerId customer, Instant at) {
    ContactOwner from = new ContactOwner.OfLead(lead);
    contacts
        .where(c -> c.owner().equals(from))
        .forEach(c -> contacts.put(c.id().value(), c.movedTo(customer, at)));
  }

  @Override
  public void delete(ContactId id) {
    contacts.remove(id.value());
  }

  /** Removes the contacts of a deleted customer or lead. */
  void deleteOf(ContactOwner owner) {
    contacts.where(c -> c.owner().equals(owner)).forEach(c -> contacts.remove(c.id().value()));
  }
}
