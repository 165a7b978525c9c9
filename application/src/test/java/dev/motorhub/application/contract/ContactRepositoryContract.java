package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.RecordFixtures.emailOf;
import static dev.motorhub.application.contract.RecordFixtures.phoneOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.ContactId;
import dev.motorhub.domain.customers.ContactOwner;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerDetails;
import dev.motorhub.domain.customers.Lead;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code ContactRepository} keeps: contacts of one owner each, gone with it. */
public abstract class ContactRepositoryContract extends StoreContract {
  private User alice;
  private Customer aliceProfile;
  private Customer bobProfile;
  private Lead kim;

  @BeforeEach
  void twoCustomersAndALead() {
    alice = Fixtures.user("alice");
    User bob = Fixtures.user("bob");
    aliceProfile = Fixtures.customer(alice.id(), CustomerDetails.none());
    bobProfile = Fixtures.customer(bob.id(), CustomerDetails.none());
    kim = RecordFixtures.lead("Kim", "Otieno", "Website");
    runTx(
        () -> {
          List.of(alice, bob).forEach(store.users()::add);
          List.of(aliceProfile, bobProfile).forEach(store.customers()::add);
          store.leads().add(kim);
        });
  }

  @Test
  void addedContacts_ofACustomerAndOfALead_areFoundWithEveryField() {
    Contact email = emailOf(aliceProfile.id(), "alice.work@example.com");
    Contact phone = phoneOf(kim.id(), "+254701000001");
    runTx(() -> List.of(email, phone).forEach(store.contacts()::add));

    assertThat(inTx(() -> store.contacts().findById(email.id()))).contains(email);
    assertThat(inTx(() -> store.contacts().findById(phone.id()))).contains(phone);
    assertThat(inTx(() -> store.contacts().findById(new ContactId(Fixtures.nextId())))).isEmpty();
  }

  @Test
  void update_keepsTheNewPointAndNote() {
    Contact contact = emailOf(aliceProfile.id(), "alice.work@example.com");
    runTx(() -> store.contacts().add(contact));
    Contact revised =
        contact.revised(RecordFixtures.phone("+254701000009"), "Evenings", Fixtures.at(4));

    runTx(() -> store.contacts().update(revised));

    assertThat(inTx(() -> store.contacts().findById(contact.id()))).contains(revised);
  }

  @Test
  void list_isOneOwnersContacts_orEveryContact_inIdOrder() {
    Contact first = emailOf(aliceProfile.id(), "a1@example.com");
    Contact second = phoneOf(kim.id(), "+254701000001");
    Contact third = emailOf(bobProfile.id(), "b1@example.com");
    Contact fourth = emailOf(aliceProfile.id(), "a2@example.com");
    runTx(() -> List.of(first, second, third, fourth).forEach(store.contacts()::add));

    assertThat(list(new ContactOwner.OfCustomer(aliceProfile.id()))).containsExactly(first, fourth);
    assertThat(list(new ContactOwner.OfLead(kim.id()))).containsExactly(second);
    assertThat(inTx(() -> store.contacts().list(Optional.empty(), PageRequest.first(10))).items())
        .containsExactly(first, second, third, fourth);
  }

  @Test
  void list_pagesWithCursors() {
    List<Contact> contacts =
        List.of(
            emailOf(aliceProfile.id(), "a1@example.com"),
            emailOf(aliceProfile.id(), "a2@example.com"),
            emailOf(aliceProfile.id(), "a3@example.com"));
    runTx(() -> contacts.forEach(store.contacts()::add));
    Optional<ContactOwner> owner = Optional.of(new ContactOwner.OfCustomer(aliceProfile.id()));

    Page<Contact> first = inTx(() -> store.contacts().list(owner, PageRequest.first(2)));
    Page<Contact> second = inTx(() -> store.contacts().list(owner, Fixtures.nextPage(first, 2)));

    assertThat(first.items()).containsExactly(contacts.get(0), contacts.get(1));
    assertThat(second.items()).containsExactly(contacts.get(2));
  }

  @Test
  void moveAll_handsTheLeadsContactsToTheCustomer_andNoOthers() {
    Contact leads = phoneOf(kim.id(), "+254701000001");
    Contact bobs = emailOf(bobProfile.id(), "b1@example.com");
    runTx(() -> List.of(leads, bobs).forEach(store.contacts()::add));

    runTx(() -> store.contacts().moveAll(kim.id(), aliceProfile.id(), Fixtures.at(9)));

    assertThat(inTx(() -> store.contacts().findById(leads.id())))
        .contains(leads.movedTo(aliceProfile.id(), Fixtures.at(9)));
    assertThat(inTx(() -> store.contacts().findById(bobs.id()))).contains(bobs);
    assertThat(list(new ContactOwner.OfLead(kim.id()))).isEmpty();
  }

  @Test
  void delete_removesThatContactOnly() {
    Contact gone = emailOf(aliceProfile.id(), "a1@example.com");
    Contact kept = emailOf(aliceProfile.id(), "a2@example.com");
    runTx(() -> List.of(gone, kept).forEach(store.contacts()::add));

    runTx(() -> store.contacts().delete(gone.id()));

    assertThat(list(new ContactOwner.OfCustomer(aliceProfile.id()))).containsExactly(kept);
  }

  @Test
  void deletingTheCustomerProfile_orTheAccount_removesTheirContacts() {
    Contact alices = emailOf(aliceProfile.id(), "a1@example.com");
    Contact bobs = emailOf(bobProfile.id(), "b1@example.com");
    Contact kims = phoneOf(kim.id(), "+254701000001");
    runTx(() -> List.of(alices, bobs, kims).forEach(store.contacts()::add));

    runTx(() -> store.users().delete(alice.id()));
    runTx(() -> store.customers().delete(bobProfile.id()));

    assertThat(inTx(() -> store.contacts().findById(alices.id()))).isEmpty();
    assertThat(inTx(() -> store.contacts().findById(bobs.id()))).isEmpty();
    assertThat(inTx(() -> store.contacts().findById(kims.id()))).contains(kims);
  }

  private List<Contact> list(ContactOwner owner) {
    return inTx(() -> store.contacts().list(Optional.of(owner), PageRequest.first(100))).items();
  }
}
