package dev.motorhub.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.customers.CardBrand;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.identity.PhoneVerification;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.BuyerFacts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@code BuyerRecords} says of a buyer: a verified phone only while the account keeps
 * the number verified, a card on file only while one is unexpired, and a cancelled deal for a
 * proposal they withdrew on someone else's trade (never for their own offers, nor for proposals
 * that ended otherwise).
 */
public abstract class BuyerRecordsContract extends StoreContract {
  private static final PhoneNumber PHONE = new PhoneNumber("+254701036054");
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
  private User olive;
  private User ezra;
  private Trade.Open corolla;

  @BeforeEach
  void market() {
    olive = Fixtures.user("olive");
    ezra = Fixtures.withPhone(Fixtures.user("ezra"), PHONE.value());
    ServiceOffering sale = MarketFixtures.service("sell", "Sale", "10.00");
    Vehicle car = GarageFixtures.vehicle(olive.id(), "Toyota", "Corolla", 2019, "KAA 100A");
    corolla = MarketFixtures.trade(car, sale, Fixtures.at(1));
    runTx(
        () -> {
          store.users().add(olive);
          store.users().add(ezra);
          store.services().add(sale);
          store.vehicles().add(car);
          store.trades().add(corolla);
        });
  }

  private BuyerFacts factsOf(User buyer) {
    return inTx(() -> store.buyerRecords().factsOf(buyer.id(), TODAY));
  }

  @Test
  void aNewBuyer_hasNothing_andHasCancelledNothing() {
    assertThat(factsOf(ezra)).isEqualTo(new BuyerFacts(false, false, false));
  }

  @Test
  void aVerifiedPhone_countsWhileTheAccountKeepsThatNumber() {
    keep(new PhoneVerification(ezra.id(), PHONE, Optional.empty(), Optional.of(Fixtures.at(2))));
    assertThat(factsOf(ezra).phoneVerified()).isTrue();

    runTx(() -> store.users().update(Fixtures.withPhone(ezra, "+254701036055")));

    assertThat(factsOf(ezra).phoneVerified()).isFalse();
  }

  @Test
  void aCodeSentButNotConfirmed_verifiesNothing() {
    keep(
        new PhoneVerification(
            ezra.id(),
            PHONE,
            Optional.of(
                new PhoneVerification.Code("b".repeat(64), Fixtures.at(1), Fixtures.at(11), 0)),
            Optional.empty()));

    assertThat(factsOf(ezra).phoneVerified()).isFalse();
  }

  @Test
  void aCardOnFile_countsThroughTheLastDayOfItsExpiryMonth() {
    runTx(() -> store.creditCards().add(card(ezra, YearMonth.of(2025, 2), "fp-old")));
    assertThat(factsOf(ezra).cardOnFile()).isFalse();

    runTx(() -> store.creditCards().add(card(ezra, YearMonth.of(2025, 3), "fp-new")));
    assertThat(factsOf(ezra).cardOnFile()).isTrue();
    assertThat(factsOf(olive).cardOnFile()).isFalse();
  }

  @Test
  void aProposalWithdrawnOnAnotherOwnersTrade_isACancelledDeal() {
    Proposal.Pending offer = MarketFixtures.offer(corolla, "9000.00", Fixtures.at(2));
    Proposal.Countering counter = MarketFixtures.counter(offer, corolla, ezra.id(), Fixtures.at(3));
    runTx(
        () -> {
          store.proposals().add(offer);
          store.proposals().add(counter.counter());
        });
    assertThat(factsOf(ezra).cancelledDeals()).isFalse();

    runTx(() -> store.proposals().update(counter.counter().withdraw(ezra.id(), Fixtures.at(4))));

    assertThat(factsOf(ezra).cancelledDeals()).isTrue();
  }

  @Test
  void anOwnerWithdrawingTheirOwnOffer_hasCancelledNoDealAsABuyer() {
    Proposal.Pending offer = MarketFixtures.offer(corolla, "9000.00", Fixtures.at(2));
    runTx(() -> store.proposals().add(offer));

    runTx(() -> store.proposals().update(offer.withdraw(olive.id(), Fixtures.at(3))));

    assertThat(factsOf(olive).cancelledDeals()).isFalse();
  }

  private void keep(PhoneVerification verification) {
    runTx(() -> store.phoneVerifications().put(verification));
  }

  private static CreditCard card(User owner, YearMonth expiry, String fingerprint) {
    return new CreditCard(
        new CardId(Fixtures.nextId()),
        owner.id(),
        CardBrand.VISA,
        "4242",
        expiry,
        "Ezra Kamau",
        fingerprint,
        Fixtures.T0);
  }
}
