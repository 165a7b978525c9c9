package dev.motorhub.application.accounts;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Customers;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.customers.AddContact;
import dev.motorhub.application.customers.ContactForm;
import dev.motorhub.application.customers.ContactQuery;
import dev.motorhub.application.customers.CustomerFilter;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestLeads;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.ContactOwner;
import dev.motorhub.domain.customers.Lead;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff turn a lead into a customer; it all happens, or none of it. */
class ConvertLeadTest {
  private final Motorhub motorhub = TestMotorhub.on(TestClock.start());
  private final Customers records = motorhub.customers();
  private Principal staff;
  private Lead kim;
  private Contact kimsPhone;

  @BeforeEach
  void aLeadWithAContact() {
    staff = TestAccounts.staff(motorhub, "stella");
    kim = TestLeads.register(motorhub, staff, TestLeads.form("Kim", "Otieno"));
    kimsPhone =
        records
            .addContact()
            .add(
                AddContact.Command.of(
                    staff,
                    new ContactForm(null, kim.id().toString(), null, "+254701000005", "Mobile")));
  }

  private Account convert(Principal principal, String username) {
    return records
        .convertLead()
        .convert(
            new ConvertLead.Command(
                principal,
                kim.id(),
                username,
                username + "@example.com",
                null,
                TestAccounts.PASSWORD));
  }

  @Test
  void theNewCustomer_takesOverTheLeadsNamesBirthdayNotesAndContacts() {
    Account account = convert(staff, "kim");

    assertThat(account.user().role()).isEqualTo(Role.CUSTOMER);
    assertThat(account.user().firstName()).isEqualTo("Kim");
    assertThat(account.user().lastName()).isEqualTo("Otieno");
    var profile = account.customer().orElseThrow();
    assertThat(profile.details().dateOfBirth()).contains(LocalDate.of(1988, 7, 1));
    assertThat(profile.details().notes()).isEqualTo("Wants a pickup.");
    Contact moved = records.viewContacts().get(staff, kimsPhone.id());
    assertThat(moved.owner()).isEqualTo(new ContactOwner.OfCustomer(profile.id()));
    assertThat(moved.point()).isEqualTo(kimsPhone.point());
    refused(NotFound.class, () -> records.viewLeads().get(staff, kim.id()));
  }

  @Test
  void theNewCustomer_signsIn_andSeesTheirContacts() {
    convert(staff, "kim");

    Principal newCustomer =
        TestAccounts.principal(motorhub, TestAccounts.logIn(motorhub, "kim").tokens());

    assertThat(
            records
                .viewContacts()
                .list(newCustomer, ContactQuery.all(), PageRequest.first(10))
                .items())
        .extracting(Contact::id)
        .containsExactly(kimsPhone.id());
  }

  @Test
  void aTakenUsername_changesNothing() {
    TestAccounts.register(motorhub, "kim");

    refused(Conflict.class, () -> convert(staff, "KIM"));

    assertThat(records.viewLeads().get(staff, kim.id())).isEqualTo(kim);
    assertThat(records.viewContacts().get(staff, kimsPhone.id())).isEqualTo(kimsPhone);
    assertThat(
            motorhub
                .store()
                .customers()
                .search(CustomerFilter.none(), PageRequest.first(10))
                .items())
        .as("only the customer who took the name")
        .hasSize(1);
  }

  @Test
  void aWeakPasswordOrBadEmail_isInvalidInput_andChangesNothing() {
    assertThat(invalidOn("kim@example.com", "12345678")).containsOnlyKeys("password");
    assertThat(invalidOn("not-an-email", TestAccounts.PASSWORD)).containsOnlyKeys("email");
    assertThat(records.viewLeads().get(staff, kim.id())).isEqualTo(kim);
  }

  private Map<String, List<String>> invalidOn(String email, String password) {
    return refused(
            InvalidInput.class,
            () ->
                records
                    .convertLead()
                    .convert(
                        new ConvertLead.Command(staff, kim.id(), "kim", email, null, password)))
        .errors();
  }

  @Test
  void onlyStaffConvert_andAGoneLeadIsNotFound() {
    Principal customer = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "eve"));

    refused(NotFound.class, () -> convert(customer, "kim"));
    convert(staff, "kim");
    refused(NotFound.class, () -> convert(staff, "kim2"));
    assertThat(motorhub.store().users().findByUsername(new Username("kim2"))).isEmpty();
  }

  @Test
  void theCommand_neverShowsThePassword() {
    assertThat(
            new ConvertLead.Command(staff, kim.id(), "kim", "k@example.com", null, "Secret-99x")
                .toString())
        .doesNotContain("Secret-99x");
  }
}
