package dev.motorhub.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.marketplace.BuyerRequirements;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@code BuyerRequirementRepository} keeps: a trade's requirements of buyers, nothing
 * asked until set, the last set replacing the one before, many trades read at once.
 */
public abstract class BuyerRequirementRepositoryContract extends StoreContract {
  private Trade.Open corolla;
  private Trade.Open golf;

  @BeforeEach
  void trades() {
    User olive = Fixtures.user("olive");
    ServiceOffering sale = MarketFixtures.service("sell", "Sale", "10.00");
    Vehicle first = GarageFixtures.vehicle(olive.id(), "Toyota", "Corolla", 2019, "KAA 100A");
    Vehicle second = GarageFixtures.vehicle(olive.id(), "VW", "Golf", 2018, "KAA 101A");
    corolla = MarketFixtures.trade(first, sale, Fixtures.at(1));
    golf = MarketFixtures.trade(second, sale, Fixtures.at(2));
    runTx(
        () -> {
          store.users().add(olive);
          store.services().add(sale);
          store.vehicles().add(first);
          store.vehicles().add(second);
          store.trades().add(corolla);
          store.trades().add(golf);
        });
  }

  @Test
  void aTradeWhoseOwnerSaidNothing_asksNothing() {
    assertThat(inTx(() -> store.buyerRequirements().of(corolla.id())))
        .isEqualTo(BuyerRequirements.NONE);
  }

  @Test
  void requirementsSet_areReadBack_andTheNextSetReplacesThem() {
    BuyerRequirements first = new BuyerRequirements(true, false, true);
    BuyerRequirements second = new BuyerRequirements(false, true, false);

    runTx(() -> store.buyerRequirements().put(corolla.id(), first, Fixtures.at(3)));
    assertThat(inTx(() -> store.buyerRequirements().of(corolla.id()))).isEqualTo(first);

    runTx(() -> store.buyerRequirements().put(corolla.id(), second, Fixtures.at(4)));
    assertThat(inTx(() -> store.buyerRequirements().of(corolla.id()))).isEqualTo(second);
    assertThat(inTx(() -> store.buyerRequirements().of(golf.id())))
        .isEqualTo(BuyerRequirements.NONE);
  }

  @Test
  void manyTrades_areReadInOneLookup_eachAKey_noneAskedForThoseNotSet() {
    BuyerRequirements asked = new BuyerRequirements(true, true, true);
    runTx(() -> store.buyerRequirements().put(golf.id(), asked, Fixtures.at(3)));
    TradeId unknown = new TradeId(Fixtures.nextId());

    Map<TradeId, BuyerRequirements> found =
        inTx(() -> store.buyerRequirements().ofTrades(List.of(corolla.id(), golf.id(), unknown)));

    assertThat(found)
        .containsOnlyKeys(corolla.id(), golf.id(), unknown)
        .containsEntry(corolla.id(), BuyerRequirements.NONE)
        .containsEntry(golf.id(), asked)
        .containsEntry(unknown, BuyerRequirements.NONE);
    assertThat(inTx(() -> store.buyerRequirements().ofTrades(List.of()))).isEmpty();
  }

  @Test
  void requirementsOfAUnitOfWorkThatFailed_areNotKept() {
    try {
      runTx(
          () -> {
            store
                .buyerRequirements()
                .put(corolla.id(), new BuyerRequirements(true, true, true), Fixtures.at(3));
            throw new IllegalStateException("the use case failed");
          });
    } catch (IllegalStateException expected) {
      // The unit of work is undone.
    }

    assertThat(inTx(() -> store.buyerRequirements().of(corolla.id())))
        .isEqualTo(BuyerRequirements.NONE);
  }
}
