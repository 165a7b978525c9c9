package dev.motorhub.application.orders;

import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.shared.InvalidInput;
import java.util.Optional;

/**
 * A list of orders as a client asks for it: one customer's ({@code customer}, an id) or all, the
 * {@code newest} (the default) or the {@code oldest} first.
 */
public record OrderQuery(String customer, String order) {

  public static OrderQuery all() {
    return new OrderQuery(null, null);
  }

  /** The filter for the store; a bad customer id or order is refused on its field. */
  OrderFilter filter() {
    Optional<CustomerId> id = text(customer).map(c -> CustomerId.parse(c, "customer"));
    boolean newestFirst =
        switch (text(order).orElse("newest")) {
          case "newest" -> true;
          case "oldest" -> false;
          default -> throw InvalidInput.of("order", "Select a valid choice: newest or oldest.");
        };
    return new OrderFilter(id, newestFirst);
  }

  private static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
