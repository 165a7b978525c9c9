package dev.motorhub.application.customers;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.ContactPoint;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import org.junit.jupiter.api.Test;

/** Whoever manages a contact changes and removes it; contacts go with their owner. */
class ManageContactsTest extends ContactsFixture {
  @Test
  void theOwnerOrStaff_changeAContact_butNotWhoseItIs() {
    Contact contact = add(alice, email("alice.work@example.com"));
    UpdateContact update = records.updateContact();

    Contact changed =
        update.update(
            UpdateContact.Command.of(
                alice, contact.id(), new ContactForm(null, null, null, "+254701000002", null)));
    Contact noted =
        update.update(
            UpdateContact.Command.of(
                staff, contact.id(), new ContactForm(null, null, null, null, "Evenings")));

    assertThat(changed.point()).isInstanceOf(ContactPoint.ByPhone.class);
    assertThat(changed.note()).isEqualTo("Work");
    assertThat(noted.point()).isEqualTo(changed.point());
    assertThat(noted.note()).isEqualTo("Evenings");
    refused(
        NotFound.class,
        () ->
            update.update(
                UpdateContact.Command.of(
                    bob, contact.id(), new ContactForm(null, null, null, null, "Mine"))));
    refused(
        InvalidInput.class,
        () ->
            UpdateContact.Command.of(
                staff, contact.id(), new ContactForm(null, kim.id().toString(), null, null, null)));
  }

  @Test
  void theOwnerOrStaff_removeAContact() {
    Contact first = add(alice, email("a1@example.com"));
    Contact second = add(alice, email("a2@example.com"));
    RemoveContact remove = records.removeContact();

    refused(NotFound.class, () -> remove.remove(new RemoveContact.Command(bob, first.id())));
    remove.remove(new RemoveContact.Command(alice, first.id()));
    remove.remove(new RemoveContact.Command(staff, second.id()));

    assertThat(list(alice, ContactQuery.all())).isEmpty();
  }

  @Test
  void deletingTheCustomerOrTheLead_deletesTheirContacts() {
    add(alice, email("a1@example.com"));
    add(staff, new ContactForm(null, kim.id().toString(), "k@example.com", null, ""));
    Contact bobs = add(bob, email("b1@example.com"));

    motorhub.customers().deleteCustomer().delete(new DeleteCustomer.Command(staff, aliceProfile));
    records.removeLead().remove(new RemoveLead.Command(staff, kim.id()));

    assertThat(list(staff, ContactQuery.all())).containsExactly(bobs);
  }
}
