package dev.motorhub.domain.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.UserId;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The permission matrix of cards, leads and contacts: each role, acting on its own records or on
 * another customer's.
 */
class CustomerRecordsPolicyTest {
  private final CustomerRecordsPolicy policy = new CustomerRecordsPolicy();

  @ParameterizedTest(
      name =
          "{0} on {1}: addCard={2} seeCard={3} listCards={4} leads={5} customerContacts={6}"
              + " leadContacts={7} listContacts={8}")
  @CsvSource({
    // actor,  whose,  addCard, seeCard, listCards, leads, custContacts, leadContacts, listContacts
    "CUSTOMER,  own,   true,    true,    true,      false, true,         false,        true",
    "CUSTOMER,  other, true,    false,   false,     false, false,        false,        true",
    "MECHANIC,  own,   false,   true,    true,      false, false,        false,        false",
    "MECHANIC,  other, false,   false,   false,     false, false,        false,        false",
    "STAFF,     own,   false,   true,    true,      true,  true,         true,         true",
    "STAFF,     other, false,   true,    true,      true,  true,         true,         true",
    "SUPERUSER, own,   false,   true,    true,      true,  true,         true,         true",
    "SUPERUSER, other, false,   true,    true,      true,  true,         true,         true",
  })
  void permissions(
      Role role,
      String whose,
      boolean addCard,
      boolean seeCard,
      boolean listCards,
      boolean leads,
      boolean customerContacts,
      boolean leadContacts,
      boolean listContacts) {
    Actor actor = new Actor(new UserId(UUID.randomUUID()), role);
    Optional<CustomerId> profile =
        role == Role.CUSTOMER ? Optional.of(new CustomerId(UUID.randomUUID())) : Optional.empty();
    boolean own = whose.equals("own");
    UserId cardOwner = own ? actor.id() : new UserId(UUID.randomUUID());
    CustomerId contactsOwner =
        own && profile.isPresent() ? profile.get() : new CustomerId(UUID.randomUUID());

    assertThat(policy.mayAddCard(actor)).as("mayAddCard").isEqualTo(addCard);
    assertThat(policy.maySeeCard(actor, card(cardOwner))).as("maySeeCard").isEqualTo(seeCard);
    assertThat(policy.mayListCardsOf(actor, Optional.of(cardOwner)))
        .as("mayListCardsOf")
        .isEqualTo(listCards);
    assertThat(policy.mayListCardsOf(actor, Optional.empty()))
        .as("mayListCardsOf everyone")
        .isEqualTo(actor.isAdministrative());
    assertThat(policy.mayManageLeads(actor)).as("mayManageLeads").isEqualTo(leads);
    assertThat(
            policy.mayManageContactsOf(actor, profile, new ContactOwner.OfCustomer(contactsOwner)))
        .as("mayManageContactsOf a customer")
        .isEqualTo(customerContacts);
    assertThat(
            policy.mayManageContactsOf(
                actor, profile, new ContactOwner.OfLead(new LeadId(UUID.randomUUID()))))
        .as("mayManageContactsOf a lead")
        .isEqualTo(leadContacts);
    assertThat(policy.mayListEveryContact(actor))
        .as("mayListEveryContact")
        .isEqualTo(actor.isAdministrative());
    assertThat(policy.mayListContacts(actor, profile))
        .as("mayListContacts")
        .isEqualTo(listContacts);
  }

  private static CreditCard card(UserId owner) {
    return new CreditCard(
        new CardId(UUID.randomUUID()),
        owner,
        CardBrand.VISA,
        "4242",
        YearMonth.of(2030, 1),
        "Card Holder",
        "fingerprint",
        Instant.EPOCH);
  }
}
