package dev.motorhub.application.marketplace;

import dev.motorhub.application.garage.VehicleRepository;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.notifications.ChangeLog;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.notifications.Change;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Clock;
import java.util.Objects;

/**
 * A customer offers one of their vehicles on the marketplace under an active service. The vehicle
 * is held until the trade is stored, so that it cannot be removed from under the new trade; a sold
 * vehicle waiting to be handed over is not traded again. The new trade is queued for the buyers it
 * may fit to be told of it.
 */
public final class OpenTrade {
  /** Who asks, which of their vehicles, under which service. */
  public record Command(Principal principal, VehicleId vehicle, ServiceId service) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(vehicle, "vehicle");
      Objects.requireNonNull(service, "service");
    }
  }

  private final Transactions tx;
  private final TradeRepository trades;
  private final VehicleRepository vehicles;
  private final ServiceRepository services;
  private final MarketplacePolicy policy;
  private final ChangeLog changes;
  private final IdGenerator ids;
  private final Clock clock;

  public OpenTrade(
      Transactions tx,
      TradeRepository trades,
      VehicleRepository vehicles,
      ServiceRepository services,
      MarketplacePolicy policy,
      ChangeLog changes,
      IdGenerator ids,
      Clock clock) {
    this.tx = tx;
    this.trades = trades;
    this.vehicles = vehicles;
    this.services = services;
    this.policy = policy;
    this.changes = changes;
    this.ids = ids;
    this.clock = clock;
  }

  public TradeListing open(Command command) {
    var actor = command.principal().actor();
    policy.requireTrader(actor);
    return tx.inTransaction(
        () -> {
          Vehicle vehicle =
              vehicles
                  .findForUpdate(command.vehicle())
                  .filter(v -> actor.is(v.owner()))
                  .orElseThrow(() -> new NotFound("Vehicle"));
          vehicle.requireChangeable();
          ServiceOffering service =
              services.findById(command.service()).orElseThrow(() -> new NotFound("Service"));
          if (!service.active()) {
            throw new RuleViolated("This service takes no new trades.");
          }
          Trade.Open trade =
              Trade.open(
                  new TradeId(ids.next()), vehicle.id(), actor.id(), service.id(), clock.instant());
          trades.add(trade);
          changes.changed(Change.TRADE, trade.id().value());
          return new TradeListing(trade, vehicle, service);
        });
  }
}
