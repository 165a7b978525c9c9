package dev.motorhub.application.customers;

import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.ContactId;
import dev.motorhub.domain.customers.ContactOwner;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.LeadId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** The contacts of customers and leads; they go when their owner goes. */
public interface ContactRepository {
  void add(Contact contact);

  void update(Contact contact);

  Optional<Contact> findById(ContactId id);

  /** The contacts of {@code owner}, or every contact when empty, in id order. */
  Page<Contact> list(Optional<ContactOwner> owner, PageRequest page);

  /** Hands every contact of {@code lead} over to {@code customer}, as changed {@code at}. */
  void moveAll(LeadId lead, CustomerId customer, Instant at);

  void delete(ContactId id);
}
