package dev.motorhub.application.scenario;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Customers;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.ConvertLead;
import dev.motorhub.application.customers.AddContact;
import dev.motorhub.application.customers.AddCreditCard;
import dev.motorhub.application.customers.ContactForm;
import dev.motorhub.application.customers.ContactQuery;
import dev.motorhub.application.customers.RemoveCreditCard;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestCards;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestLeads;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.customers.Lead;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * From a name on a motor show's list to a customer paying by card: a lead is noted down with a
 * phone, becomes a customer who keeps the phone, adds an email and a card, and keeps the card once.
 */
class LeadToCustomerScenarioTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private final Customers records = motorhub.customers();

  @Test
  void aLead_becomesACustomerWithContactsAndACard() {
    // Stella, on the sales team, meets Kim at the motor show and notes her down with her phone.
    Principal stella = TestAccounts.staff(motorhub, "stella");
    Lead kim = TestLeads.register(motorhub, stella, TestLeads.form("Kim", "Otieno"));
    records
        .addContact()
        .add(
            AddContact.Command.of(
                stella,
                new ContactForm(null, kim.id().toString(), null, "+254701000005", "Mobile")));

    // A week later Kim wants to lease: Stella converts the lead into a customer account.
    clock.advance(Duration.ofDays(7));
    records
        .convertLead()
        .convert(
            new ConvertLead.Command(
                stella, kim.id(), "kim", "kim@example.com", null, TestAccounts.PASSWORD));

    // Kim signs in; her phone is on her own file now, and she adds her work email.
    Principal kimSignedIn =
        TestAccounts.principal(motorhub, TestAccounts.logIn(motorhub, "kim").tokens());
    records
        .addContact()
        .add(
            AddContact.Command.of(
                kimSignedIn, new ContactForm(null, null, "kim@work.example", null, "Work")));
    assertThat(
            records
                .viewContacts()
                .list(kimSignedIn, ContactQuery.all(), PageRequest.first(10))
                .items())
        .extracting(Contact::note)
        .containsExactly("Mobile", "Work");

    // She puts her card on file; the same card a second time is refused.
    AddCreditCard addCard = records.addCreditCard();
    CreditCard card =
        addCard.add(AddCreditCard.Command.of(kimSignedIn, TestCards.form(TestCards.MASTERCARD)));
    refused(
        Conflict.class,
        () ->
            addCard.add(
                AddCreditCard.Command.of(kimSignedIn, TestCards.form("5555 5555 5555 4444"))));

    // Staff see the card, with nothing of the number but its last four digits; Kim removes it.
    assertThat(records.viewCreditCards().get(stella, card.id()).last4()).isEqualTo("4444");
    records.removeCreditCard().remove(new RemoveCreditCard.Command(kimSignedIn, card.id()));
    assertThat(
            records
                .viewCreditCards()
                .list(kimSignedIn, Optional.empty(), PageRequest.first(10))
                .items())
        .isEmpty();
  }
}
