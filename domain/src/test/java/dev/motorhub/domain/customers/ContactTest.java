package dev.motorhub.domain.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.motorhub.domain.identity.Email;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactTest {
  private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
  private static final ContactOwner LEAD = new ContactOwner.OfLead(new LeadId(UUID.randomUUID()));
  private static final ContactPoint EMAIL = new ContactPoint.ByEmail(new Email("kim@example.com"));

  @Test
  void aContact_belongsToExactlyOneCustomerOrLead() {
    CustomerId customer = new CustomerId(UUID.randomUUID());
    Contact ofCustomer =
        Contact.create(
            id(), new ContactOwner.OfCustomer(customer), EMAIL, "Office, mornings only", NOW);

    String owner =
        switch (ofCustomer.owner()) {
          case ContactOwner.OfCustomer c -> "customer " + c.customer();
          case ContactOwner.OfLead l -> "lead " + l.lead();
        };
    assertThat(owner).isEqualTo("customer " + customer);
    assertThatNullPointerException().isThrownBy(() -> new ContactOwner.OfCustomer(null));
    assertThatNullPointerException().isThrownBy(() -> new ContactOwner.OfLead(null));
    assertThatNullPointerException().isThrownBy(() -> Contact.create(id(), null, EMAIL, "", NOW));
  }

  @Test
  void aContact_isAnEmailOrAPhone_eachWithItsKind() {
    ContactPoint phone = new ContactPoint.ByPhone(new PhoneNumber("+254 701 000 001"));

    assertThat(EMAIL.kind()).isEqualTo("email");
    assertThat(phone.kind()).isEqualTo("phone");
    assertThat(((ContactPoint.ByPhone) phone).phone().value()).isEqualTo("+254701000001");
    assertThatNullPointerException().isThrownBy(() -> Contact.create(id(), LEAD, null, "", NOW));
  }

  @Test
  void theNote_isTrimmedAndBounded() {
    assertThat(Contact.create(id(), LEAD, EMAIL, "  evenings  ", NOW).note()).isEqualTo("evenings");
    assertThat(Contact.create(id(), LEAD, EMAIL, null, NOW).note()).isEmpty();
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> Contact.create(id(), LEAD, EMAIL, "x".repeat(501), NOW))
        .satisfies(invalid -> assertThat(invalid.errors()).containsOnlyKeys("note"));
  }

  @Test
  void revising_keepsTheOwnerAndCreation_andMovesTheUpdate() {
    Contact contact = Contact.create(id(), LEAD, EMAIL, "old", NOW);
    ContactPoint phone = new ContactPoint.ByPhone(new PhoneNumber("+254701000002"));

    Contact revised = contact.revised(phone, "new", NOW.plusSeconds(60));

    assertThat(revised.owner()).isEqualTo(LEAD);
    assertThat(revised.point()).isEqualTo(phone);
    assertThat(revised.note()).isEqualTo("new");
    assertThat(revised.createdAt()).isEqualTo(NOW);
    assertThat(revised.updatedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void movingToACustomer_changesOnlyTheOwner() {
    Contact contact = Contact.create(id(), LEAD, EMAIL, "note", NOW);
    CustomerId customer = new CustomerId(UUID.randomUUID());

    Contact moved = contact.movedTo(customer, NOW.plusSeconds(5));

    assertThat(moved.owner()).isEqualTo(new ContactOwner.OfCustomer(customer));
    assertThat(moved.id()).isEqualTo(contact.id());
    assertThat(moved.point()).isEqualTo(EMAIL);
    assertThat(moved.note()).isEqualTo("note");
  }

  private static ContactId id() {
    return new ContactId(UUID.randomUUID());
  }
}
