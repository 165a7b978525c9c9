package dev.motorhub.application.orders;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.orders.Order;
import dev.motorhub.domain.orders.OrderId;
import java.time.Clock;
import java.util.Objects;

/**
 * Staff change an order's item or amount, or both; what is left out stays. Its customer is not
 * changed, and no message is sent.
 */
public final class UpdateOrder {
  /** Who asks, which order, and the new item and amount as sent (null: unchanged). */
  public record Command(Principal principal, OrderId order, String item, String amount) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(order, "order");
    }
  }

  private final Transactions tx;
  private final OrderRepository orders;
  private final OrderAccess access;
  private final CoreSettings settings;
  private final Clock clock;

  public UpdateOrder(
      Transactions tx,
      OrderRepository orders,
      OrderAccess access,
      CoreSettings settings,
      Clock clock) {
    this.tx = tx;
    this.orders = orders;
    this.access = access;
    this.settings = settings;
    this.clock = clock;
  }

  public OrderRecord update(Command command) {
    return tx.inTransaction(
        () -> {
          Order order = access.find(command.principal().actor(), command.order());
          access.requireManager(command.principal().actor());
          Order changed =
              order.changed(
                  OrderLines.changed(
                      order.line(), command.item(), command.amount(), settings.currency()),
                  clock.instant());
          if (changed != order) {
            orders.update(changed);
          }
          return access.record(changed);
        });
  }
}
