package dev.motorhub.application.customers;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestCards;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Customers read their own cards, staff everyone's; and removing them. */
class ViewCreditCardsTest {
  private final Motorhub motorhub = TestMotorhub.on(TestClock.start());
  private Principal alice;
  private Principal bob;
  private Principal staff;
  private CreditCard alicesVisa;
  private CreditCard alicesAmex;
  private CreditCard bobsVisa;

  @BeforeEach
  void twoCustomersWithCards() {
    alice = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));
    bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));
    staff = TestAccounts.staff(motorhub, "stella");
    alicesVisa = add(alice, TestCards.VISA);
    bobsVisa = add(bob, TestCards.VISA);
    alicesAmex = add(alice, TestCards.AMEX);
  }

  private CreditCard add(Principal owner, String number) {
    return motorhub
        .customers()
        .addCreditCard()
        .add(AddCreditCard.Command.of(owner, TestCards.form(number)));
  }

  private List<CreditCard> list(Principal principal, Optional<UserId> owner) {
    return motorhub
        .customers()
        .viewCreditCards()
        .list(principal, owner, PageRequest.first(10))
        .items();
  }

  private ViewCreditCards view() {
    return motorhub.customers().viewCreditCards();
  }

  @Test
  void aCustomer_listsAndReadsTheirOwnCards() {
    assertThat(list(alice, Optional.empty())).containsExactly(alicesVisa, alicesAmex);
    assertThat(list(alice, Optional.of(alice.actor().id())))
        .containsExactly(alicesVisa, alicesAmex);
    assertThat(view().get(alice, alicesAmex.id())).isEqualTo(alicesAmex);
  }

  @Test
  void anotherCustomersCards_areNotFound_andNotListed() {
    refused(NotFound.class, () -> view().get(bob, alicesVisa.id()));
    refused(Forbidden.class, () -> list(bob, Optional.of(alice.actor().id())));
    assertThat(list(bob, Optional.empty())).containsExactly(bobsVisa);
  }

  @Test
  void staff_listEveryCard_orOneOwners_andReadAny() {
    assertThat(list(staff, Optional.empty())).containsExactly(alicesVisa, bobsVisa, alicesAmex);
    assertThat(list(staff, Optional.of(bob.actor().id()))).containsExactly(bobsVisa);
    assertThat(view().get(staff, bobsVisa.id())).isEqualTo(bobsVisa);
  }

  @Test
  void theOwnerOrStaff_removeACard_othersCannot() {
    RemoveCreditCard remove = motorhub.customers().removeCreditCard();

    refused(
        NotFound.class, () -> remove.remove(new RemoveCreditCard.Command(bob, alicesVisa.id())));
    remove.remove(new RemoveCreditCard.Command(alice, alicesVisa.id()));
    remove.remove(new RemoveCreditCard.Command(staff, bobsVisa.id()));

    assertThat(list(staff, Optional.empty())).containsExactly(alicesAmex);
    refused(NotFound.class, () -> view().get(alice, alicesVisa.id()));
    refused(
        NotFound.class, () -> remove.remove(new RemoveCreditCard.Command(alice, alicesVisa.id())));
  }

  @Test
  void removedCards_mayBeAddedAgain() {
    motorhub
        .customers()
        .removeCreditCard()
        .remove(new RemoveCreditCard.Command(alice, alicesVisa.id()));

    assertThat(add(alice, TestCards.VISA).last4()).isEqualTo("4242");
  }

  @Test
  void deletingTheAccount_deletesItsCards() {
    motorhub
        .accounts()
        .deleteAccount()
        .delete(
            new dev.motorhub.application.accounts.DeleteAccount.Command(alice, alice.actor().id()));

    assertThat(list(staff, Optional.empty())).containsExactly(bobsVisa);
  }
}
