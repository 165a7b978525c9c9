package dev.motorhub.application.orders;

import dev.motorhub.domain.orders.OrderLine;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Text;
import dev.motorhub.domain.shared.Violations;
import java.util.Currency;
import java.util.Optional;

/**
 * Reads an order's item and amount as a client sends them, in the platform's currency, naming every
 * bad field at once; for a change, a field left out keeps what the order has.
 */
final class OrderLines {
  private OrderLines() {}

  /** A new order's line: both fields required. */
  static OrderLine line(String item, String amount, Currency currency) {
    return changed(Optional.empty(), item, amount, currency);
  }

  /** {@code current} with the fields sent (a null field is not sent). */
  static OrderLine changed(OrderLine current, String item, String amount, Currency currency) {
    return changed(Optional.of(current), item, amount, currency);
  }

  private static OrderLine changed(
      Optional<OrderLine> current, String item, String amount, Currency currency) {
    Violations violations = new Violations();
    String newItem = item == null ? current.map(OrderLine::item).orElse(null) : item;
    violations.capture(() -> Text.required(newItem, "item", OrderLine.MAX_ITEM));
    Money newAmount;
    if (amount == null && current.isPresent()) {
      newAmount = current.get().amount();
    } else if (amount == null || amount.isBlank()) {
      newAmount = null;
      violations.add("amount", "This field is required.");
    } else {
      newAmount = violations.capture(() -> Money.parse(amount, currency, "amount"));
    }
    violations.throwIfAny();
    return new OrderLine(newItem, newAmount);
  }
}
