package dev.motorhub.domain.orders;

import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * An order a customer placed with the business (seed 004): an item and its amount, for one
 * customer, who is sent a text message when it is placed. Staff place, change and remove orders;
 * the customer it is for reads it. Its customer never changes; its item and amount may, each change
 * moving {@code updatedAt}. Removing an order deletes it, as the seed's service did.
 */
public record Order(
    OrderId id, CustomerId customer, OrderLine line, Instant createdAt, Instant updatedAt) {

  public Order {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A new order, placed at {@code at}. */
  public static Order place(OrderId id, CustomerId customer, OrderLine line, Instant at) {
    return new Order(id, customer, line, at, at);
  }

  /** The order for another item or amount; unchanged lines keep the times as they are. */
  public Order changed(OrderLine newLine, Instant at) {
    return newLine.equals(line) ? this : new Order(id, customer, newLine, createdAt, at);
  }

  public String item() {
    return line.item();
  }

  public Money amount() {
    return line.amount();
  }
}
