package dev.motorhub.application.orders;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.orders.Order;
import dev.motorhub.domain.orders.OrderId;
import java.util.Objects;

/**
 * Staff delete an order, as the seed's service did; a message already queued about it stays in the
 * outbox as a record of what was sent.
 */
public final class DeleteOrder {
  /** Who asks, and which order. */
  public record Command(Principal principal, OrderId order) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(order, "order");
    }
  }

  private final Transactions tx;
  private final OrderRepository orders;
  private final OrderAccess access;

  public DeleteOrder(Transactions tx, OrderRepository orders, OrderAccess access) {
    this.tx = tx;
    this.orders = orders;
    this.access = access;
  }

  public void delete(Command command) {
    tx.run(
        () -> {
          Order order = access.find(command.principal().actor(), command.order());
          access.requireManager(command.principal().actor());
          orders.delete(order.id());
        });
  }
}
