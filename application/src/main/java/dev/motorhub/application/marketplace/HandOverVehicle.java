package dev.motorhub.application.marketplace;

import dev.motorhub.application.garage.VehicleRepository;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.garage.GaragePolicy;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.marketplace.VehicleHandedOver;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The seller, or staff, record that the buyer of a sale has the vehicle: the trade's handover is
 * done and the vehicle moves to the buyer's garage with its plate, VIN and image. One unit of work
 * does both, holding the trade and then the vehicle, so of two handovers at once one moves the
 * vehicle and the other finds it handed over already. Both parties are told.
 */
public final class HandOverVehicle {
  /** Who records it, and for which trade. */
  public record Command(Principal principal, TradeId trade) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(trade, "trade");
    }
  }

  private final Transactions tx;
  private final TradeRepository trades;
  private final VehicleRepository vehicles;
  private final UserRepository users;
  private final MarketplacePolicy policy;
  private final GaragePolicy garage;
  private final HandoverNotices notices;
  private final Clock clock;

  public HandOverVehicle(
      Transactions tx,
      TradeRepository trades,
      VehicleRepository vehicles,
      UserRepository users,
      MarketplacePolicy policy,
      GaragePolicy garage,
      HandoverNotices notices,
      Clock clock) {
    this.tx = tx;
    this.trades = trades;
    this.vehicles = vehicles;
    this.users = users;
    this.policy = policy;
    this.garage = garage;
    this.notices = notices;
    this.clock = clock;
  }

  public VehicleHandedOver handOver(Command command) {
    Actor actor = command.principal().actor();
    return tx.inTransaction(
        () -> {
          Instant now = clock.instant();
          Trade.Closed sale = sale(actor, command.trade());
          VehicleHandedOver handedOver = sale.handOver(actor.id(), now);
          requireKeepsVehicles(sale);
          Vehicle vehicle =
              vehicles.findForUpdate(sale.vehicle()).orElseThrow(() -> new NotFound("Vehicle"));
          vehicles.update(vehicle.handOverTo(sale.buyer(), now));
          trades.update(handedOver.trade());
          notices.handedOver(handedOver);
          return handedOver;
        });
  }

  /**
   * The closed trade, held: one the caller may not see is not found; only its seller or staff act.
   */
  private Trade.Closed sale(Actor actor, TradeId id) {
    Trade trade =
        trades
            .lock(id)
            .filter(t -> policy.maySee(actor, t))
            .orElseThrow(() -> new NotFound("Trade"));
    AccessPolicy.require(
        policy.mayHandOver(actor, trade),
        "Only the seller or staff record that the vehicle was handed over.");
    if (trade instanceof Trade.Closed closed) {
      return closed;
    }
    throw new RuleViolated("This trade is " + trade.status() + "; nothing was sold.");
  }

  /** The buyer's account must still be one that keeps vehicles: a customer's. */
  private void requireKeepsVehicles(Trade.Closed sale) {
    User buyer = users.findById(sale.buyer()).orElseThrow(() -> new NotFound("User"));
    if (!garage.mayOwnVehicles(buyer)) {
      throw new RuleViolated("The buyer's account no longer keeps vehicles: only customers do.");
    }
  }
}
