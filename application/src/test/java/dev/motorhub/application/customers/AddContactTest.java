package dev.motorhub.application.customers;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.ContactOwner;
import dev.motorhub.domain.customers.ContactPoint;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import org.junit.jupiter.api.Test;

/** Customers add to their own file; staff to any customer's or lead's; the rest is refused. */
class AddContactTest extends ContactsFixture {
  @Test
  void aCustomerAddsToTheirOwnFile_byDefault() {
    Contact contact = add(alice, email("alice.work@example.com"));

    assertThat(contact.owner()).isEqualTo(new ContactOwner.OfCustomer(aliceProfile));
    assertThat(contact.point()).isInstanceOf(ContactPoint.ByEmail.class);
    assertThat(contact.note()).isEqualTo("Work");
    assertThat(records.viewContacts().get(alice, contact.id())).isEqualTo(contact);
  }

  @Test
  void staffAddToACustomersFileOrALeads_namingIt() {
    Contact customers =
        add(staff, new ContactForm(aliceProfile.toString(), null, null, "+254 701 000 001", ""));
    Contact leads =
        add(staff, new ContactForm(null, kim.id().toString(), "kim@example.com", null, null));

    assertThat(customers.owner()).isEqualTo(new ContactOwner.OfCustomer(aliceProfile));
    assertThat(leads.owner()).isEqualTo(new ContactOwner.OfLead(kim.id()));
    assertThat(list(alice, ContactQuery.all())).containsExactly(customers);
    assertThat(list(staff, new ContactQuery(null, kim.id().toString()))).containsExactly(leads);
    assertThat(list(staff, ContactQuery.all())).containsExactly(customers, leads);
    refused(InvalidInput.class, () -> add(staff, email("nobody@example.com")));
  }

  @Test
  void aCustomer_cannotReachAnotherCustomersOrALeadsContacts() {
    Contact alices = add(alice, email("alice.work@example.com"));
    Contact kims =
        add(staff, new ContactForm(null, kim.id().toString(), "k@example.com", null, ""));

    refused(NotFound.class, () -> records.viewContacts().get(bob, alices.id()));
    refused(NotFound.class, () -> records.viewContacts().get(alice, kims.id()));
    refused(Forbidden.class, () -> list(bob, new ContactQuery(aliceProfile.toString(), null)));
    refused(Forbidden.class, () -> list(alice, new ContactQuery(null, kim.id().toString())));
    InvalidInput foreign =
        refused(
            InvalidInput.class,
            () ->
                add(
                    bob,
                    new ContactForm(aliceProfile.toString(), null, "x@example.com", null, "")));
    assertThat(foreign.errors()).containsOnlyKeys("customer_id");
    refused(
        Forbidden.class,
        () -> add(alice, new ContactForm(null, kim.id().toString(), "x@example.com", null, "")));
    assertThat(list(bob, ContactQuery.all())).isEmpty();
  }

  @Test
  void mechanics_keepNoContacts() {
    Principal mechanic =
        TestAccounts.principal(motorhub, TestAccounts.registerMechanic(motorhub, "mo"));

    refused(Forbidden.class, () -> add(mechanic, email("mo@example.com")));
    refused(Forbidden.class, () -> list(mechanic, ContactQuery.all()));
  }

  @Test
  void aContactIsAnEmailOrAPhone_neverBothNorNeither() {
    InvalidInput both =
        refused(
            InvalidInput.class,
            () -> add(alice, new ContactForm(null, null, "a@example.com", "+254701000001", "")));
    InvalidInput neither =
        refused(InvalidInput.class, () -> add(alice, new ContactForm(null, null, null, null, "")));
    InvalidInput badPhone =
        refused(InvalidInput.class, () -> add(alice, new ContactForm(null, null, null, "07", "")));
    InvalidInput twoOwners =
        refused(
            InvalidInput.class,
            () ->
                add(
                    staff,
                    new ContactForm(
                        aliceProfile.toString(), kim.id().toString(), "a@example.com", null, "")));

    assertThat(both.errors()).containsOnlyKeys("phone_number");
    assertThat(neither.errors()).containsOnlyKeys("email");
    assertThat(badPhone.errors()).containsOnlyKeys("phone_number");
    assertThat(twoOwners.errors()).containsOnlyKeys("lead_id");
  }

  @Test
  void anUnknownCustomerOrLead_isInvalidInput() {
    String unknown = "0190f6b2-7c1e-7a3b-9d4e-123456789abc";

    assertThat(
            refused(
                    InvalidInput.class,
                    () -> add(staff, new ContactForm(unknown, null, "a@example.com", null, "")))
                .errors())
        .containsOnlyKeys("customer_id");
    assertThat(
            refused(
                    InvalidInput.class,
                    () -> add(staff, new ContactForm(null, unknown, "a@example.com", null, "")))
                .errors())
        .containsOnlyKeys("lead_id");
  }
}
