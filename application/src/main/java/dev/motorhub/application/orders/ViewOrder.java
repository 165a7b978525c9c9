package dev.motorhub.application.orders;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.orders.OrderId;

/** Reads one order with its customer: staff any, a customer the orders placed for them. */
public final class ViewOrder {
  private final Transactions tx;
  private final OrderAccess access;

  public ViewOrder(Transactions tx, OrderAccess access) {
    this.tx = tx;
    this.access = access;
  }

  public OrderRecord get(Principal principal, OrderId id) {
    return tx.read(() -> access.record(access.find(principal.actor(), id)));
  }
}
