package dev.motorhub.application.orders;

import dev.motorhub.domain.customers.CustomerId;
import java.util.Objects;
import java.util.Optional;

/** Narrows and orders a list of orders: one customer's (or all), the newest or the oldest first. */
public record OrderFilter(Optional<CustomerId> customer, boolean newestFirst) {
  public OrderFilter {
    Objects.requireNonNull(customer, "customer");
  }

  /** Every order, the newest first. */
  public static OrderFilter all() {
    return new OrderFilter(Optional.empty(), true);
  }
}
