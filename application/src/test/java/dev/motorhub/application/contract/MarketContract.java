package dev.motorhub.application.contract;

import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the marketplace contracts start from, stored first as the foreign keys want it: alice with a
 * vehicle, bob and carol who buy, and a lease service.
 */
public abstract class MarketContract extends StoreContract {
  protected User alice;
  protected User bob;
  protected User carol;
  protected Vehicle car;
  protected ServiceOffering lease;

  @BeforeEach
  void aMarket() {
    alice = Fixtures.user("alice");
    bob = Fixtures.user("bob");
    carol = Fixtures.user("carol");
    car = GarageFixtures.vehicle(alice.id(), "Toyota", "Corolla", 2019, "KCA 001A");
    lease = MarketFixtures.lease("Standard lease");
    runTx(
        () -> {
          List.of(alice, bob, carol).forEach(store.users()::add);
          store.vehicles().add(car);
          store.services().add(lease);
        });
  }

  /** A new Mazda Demio of {@code owner} with {@code plate}, stored. */
  protected Vehicle vehicleOf(User owner, String plate) {
    Vehicle vehicle = GarageFixtures.vehicle(owner.id(), "Mazda", "Demio", 2016, plate);
    runTx(() -> store.vehicles().add(vehicle));
    return vehicle;
  }

  /** A new open trade of {@code vehicle} under {@code service}, stored. */
  protected Trade.Open openTrade(Vehicle vehicle, ServiceOffering service, Instant at) {
    Trade.Open trade = MarketFixtures.trade(vehicle, service, at);
    runTx(() -> store.trades().add(trade));
    return trade;
  }

  /** A new open trade of alice's car under the lease service, stored. */
  protected Trade.Open openTrade() {
    return openTrade(car, lease, Fixtures.T0);
  }

  /** {@code proposal}, stored. */
  protected Proposal.Pending stored(Proposal.Pending proposal) {
    runTx(() -> store.proposals().add(proposal));
    return proposal;
  }
}
