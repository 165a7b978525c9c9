package dev.motorhub.application.orders;

import dev.motorhub.application.customers.CustomerRecord;
import dev.motorhub.domain.orders.Order;
import java.util.Objects;

/** An order with the customer it is for, as the use cases answer it. */
public record OrderRecord(Order order, CustomerRecord customer) {
  public OrderRecord {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(customer, "customer");
    if (!order.customer().equals(customer.customer().id())) {
      throw new IllegalArgumentException("customer must be the order's");
    }
  }
}
