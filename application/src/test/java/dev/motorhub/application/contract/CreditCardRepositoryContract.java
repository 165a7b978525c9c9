package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.RecordFixtures.card;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.customers.CardBrand;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code CreditCardRepository} keeps: each card once per owner, by fingerprint. */
public abstract class CreditCardRepositoryContract extends StoreContract {
  private User alice;
  private User bob;

  @BeforeEach
  void twoAccounts() {
    alice = Fixtures.user("alice");
    bob = Fixtures.user("bob");
    runTx(() -> List.of(alice, bob).forEach(store.users()::add));
  }

  @Test
  void anAddedCard_isFoundWithEveryField() {
    CreditCard card =
        new CreditCard(
            new CardId(Fixtures.nextId()),
            alice.id(),
            CardBrand.AMEX,
            "0005",
            YearMonth.of(2027, 2),
            "Alice W. Wanjiku",
            "a".repeat(64),
            Fixtures.at(3));
    runTx(() -> store.creditCards().add(card));

    assertThat(inTx(() -> store.creditCards().findById(card.id()))).contains(card);
  }

  @Test
  void anUnknownCard_isNotFound() {
    assertThat(inTx(() -> store.creditCards().findById(new CardId(Fixtures.nextId())))).isEmpty();
  }

  @Test
  void theSameCardTwiceOnOneFile_isAConflictOnTheNumber() {
    runTx(() -> store.creditCards().add(card(alice.id(), "4242", "fp-1")));

    assertConflict(
        () -> store.creditCards().add(card(alice.id(), "4242", "fp-1")),
        "number",
        "This card is already on file.");
  }

  @Test
  void theSameCardOnTwoFiles_isTwoCards() {
    CreditCard alices = card(alice.id(), "4242", "fp-1");
    CreditCard bobs = card(bob.id(), "4242", "fp-1");

    runTx(
        () -> {
          store.creditCards().add(alices);
          store.creditCards().add(bobs);
        });

    assertThat(inTx(() -> store.creditCards().findById(bobs.id()))).contains(bobs);
  }

  @Test
  void list_isOneOwnersCards_orEveryCard_inIdOrder() {
    CreditCard first = card(alice.id(), "1111", "fp-1");
    CreditCard second = card(bob.id(), "2222", "fp-2");
    CreditCard third = card(alice.id(), "3333", "fp-3");
    runTx(() -> List.of(first, second, third).forEach(store.creditCards()::add));

    assertThat(list(Optional.of(alice), 10).items()).containsExactly(first, third);
    assertThat(list(Optional.empty(), 10).items()).containsExactly(first, second, third);
  }

  @Test
  void list_pagesWithCursors() {
    List<CreditCard> cards =
        List.of(
            card(alice.id(), "1111", "fp-1"),
            card(alice.id(), "2222", "fp-2"),
            card(alice.id(), "3333", "fp-3"));
    runTx(() -> cards.forEach(store.creditCards()::add));

    Page<CreditCard> first = list(Optional.of(alice), 2);
    Page<CreditCard> second =
        inTx(() -> store.creditCards().list(Optional.of(alice.id()), Fixtures.nextPage(first, 2)));

    assertThat(first.items()).containsExactly(cards.get(0), cards.get(1));
    assertThat(second.items()).containsExactly(cards.get(2));
    assertThat(second.nextCursor()).isEmpty();
  }

  @Test
  void delete_removesThatCardOnly_andAllowsAddingItAgain() {
    CreditCard gone = card(alice.id(), "1111", "fp-1");
    CreditCard kept = card(alice.id(), "2222", "fp-2");
    runTx(() -> List.of(gone, kept).forEach(store.creditCards()::add));

    runTx(() -> store.creditCards().delete(gone.id()));
    runTx(() -> store.creditCards().add(card(alice.id(), "1111", "fp-1")));

    assertThat(inTx(() -> store.creditCards().findById(gone.id()))).isEmpty();
    assertThat(inTx(() -> store.creditCards().findById(kept.id()))).contains(kept);
  }

  @Test
  void deletingTheOwnersAccount_removesTheirCards() {
    CreditCard alices = card(alice.id(), "1111", "fp-1");
    CreditCard bobs = card(bob.id(), "2222", "fp-2");
    runTx(() -> List.of(alices, bobs).forEach(store.creditCards()::add));

    runTx(() -> store.users().delete(alice.id()));

    assertThat(inTx(() -> store.creditCards().findById(alices.id()))).isEmpty();
    assertThat(list(Optional.empty(), 10).items()).containsExactly(bobs);
  }

  private Page<CreditCard> list(Optional<User> owner, int limit) {
    return inTx(() -> store.creditCards().list(owner.map(User::id), PageRequest.first(limit)));
  }
}
