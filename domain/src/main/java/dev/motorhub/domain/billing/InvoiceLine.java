package dev.motorhub.domain.billing;

import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Text;
import java.math.BigDecimal;
import java.util.Objects;

/** One line of an invoice: what is charged, how many, at what unit price. */
public record InvoiceLine(String description, int quantity, Money unitPrice) {
  public InvoiceLine {
    description = Text.required(description, "description", 200);
    if (quantity < 1) {
      throw InvalidInput.of("quantity", "Ensure this value is at least 1.");
    }
    Objects.requireNonNull(unitPrice, "unitPrice");
    if (unitPrice.isNegative()) {
      throw InvalidInput.of("unit_price", "Ensure this value is greater than or equal to 0.");
    }
  }

  public Money amount() {
    return new Money(
        unitPrice.amount().multiply(BigDecimal.valueOf(quantity)), unitPrice.currency());
  }
}
