package dev.motorhub.application.orders;

import dev.motorhub.application.customers.CustomerRecord;
import dev.motorhub.application.customers.CustomerRecords;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.orders.Order;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a customer with all their orders, oldest first, in one unit of work (seed 004's customer
 * view): staff any customer, a customer themself.
 */
public final class ViewCustomerOrders {
  /** A customer and their orders. */
  public record CustomerOrders(CustomerRecord customer, List<Order> orders) {
    public CustomerOrders {
      Objects.requireNonNull(customer, "customer");
      orders = List.copyOf(orders);
    }
  }

  private final Transactions tx;
  private final OrderRepository orders;
  private final CustomerRecords customers;

  public ViewCustomerOrders(Transactions tx, OrderRepository orders, CustomerRecords customers) {
    this.tx = tx;
    this.orders = orders;
    this.customers = customers;
  }

  public CustomerOrders view(Principal principal, CustomerId id) {
    return tx.read(
        () -> {
          CustomerRecord customer = customers.visibleTo(principal.actor(), id);
          OrderFilter filter = new OrderFilter(Optional.of(id), false);
          List<Order> all = new ArrayList<>();
          PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
          while (true) {
            Page<Order> page = orders.list(filter, request);
            all.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
              return new CustomerOrders(customer, all);
            }
            request =
                new PageRequest(
                    PageRequest.MAX_LIMIT,
                    page.items().isEmpty()
                        ? Optional.empty()
                        : Optional.of(page.items().getLast().id().value()));
          }
        });
  }
}
