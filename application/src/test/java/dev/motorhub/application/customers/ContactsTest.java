package dev.motorhub.application.customers;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.CustomerRecords;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.RegisterAccount.Registered;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestLeads;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.ContactOwner;
import dev.motorhub.domain.customers.ContactPoint;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.Lead;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Customers keep their own contacts; staff keep everyone's, leads' included. */
class ContactsTest {
  private final Motorhub motorhub = TestMotorhub.on(TestClock.start());
  private final CustomerRecords records = motorhub.customerRecords();
  private Principal alice;
  private CustomerId aliceProfile;
  private Principal bob;
  private Principal staff;
  private Lead kim;

  @BeforeEach
  void twoCustomersStaffAndALead() {
    Registered registered = TestAccounts.register(motorhub, "alice");
    alice = TestAccounts.principal(motorhub, registered);
    aliceProfile = registered.account().customer().orElseThrow().id();
    bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));
    staff = TestAccounts.staff(motorhub, "stella");
    kim = TestLeads.register(motorhub, staff, TestLeads.form("Kim", "Otieno"));
  }

  private Contact add(Principal principal, ContactForm form) {
    return records.addContact().add(AddContact.Command.of(principal, form));
  }

  private static ContactForm email(String email) {
    return new ContactForm(null, null, email, null, "Work");
  }

  private List<Contact> list(Principal principal, ContactQuery query) {
    return records.viewContacts().list(principal, query, PageRequest.first(20)).items();
  }

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

    motorhub.deleteCustomer().delete(new DeleteCustomer.Command(staff, aliceProfile));
    records.removeLead().remove(new RemoveLead.Command(staff, kim.id()));

    assertThat(list(staff, ContactQuery.all())).containsExactly(bobs);
  }
}
