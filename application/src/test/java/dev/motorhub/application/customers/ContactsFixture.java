package dev.motorhub.application.customers;

import dev.motorhub.application.Customers;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.RegisterAccount.Registered;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestLeads;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.Lead;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** What the contact tests share: two customers, staff and a lead, and shorthands for the calls. */
abstract class ContactsFixture {
  final Motorhub motorhub = TestMotorhub.on(TestClock.start());
  final Customers records = motorhub.customers();
  Principal alice;
  CustomerId aliceProfile;
  Principal bob;
  Principal staff;
  Lead kim;

  @BeforeEach
  void twoCustomersStaffAndALead() {
    Registered registered = TestAccounts.register(motorhub, "alice");
    alice = TestAccounts.principal(motorhub, registered);
    aliceProfile = registered.account().customer().orElseThrow().id();
    bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));
    staff = TestAccounts.staff(motorhub, "stella");
    kim = TestLeads.register(motorhub, staff, TestLeads.form("Kim", "Otieno"));
  }

  Contact add(Principal principal, ContactForm form) {
    return records.addContact().add(AddContact.Command.of(principal, form));
  }

  static ContactForm email(String email) {
    return new ContactForm(null, null, email, null, "Work");
  }

  List<Contact> list(Principal principal, ContactQuery query) {
    return records.viewContacts().list(principal, query, PageRequest.first(20)).items();
  }
}
