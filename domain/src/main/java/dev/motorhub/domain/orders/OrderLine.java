package dev.motorhub.domain.orders;

import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Text;
import dev.motorhub.domain.shared.Violations;
import java.util.Objects;

/**
 * What an order is for: the item (required, up to {@value #MAX_ITEM} characters) and its amount
 * (more than zero, in the platform's currency, at most two decimals as {@link Money} keeps it).
 */
public record OrderLine(String item, Money amount) {
  public static final int MAX_ITEM = 200;

  public OrderLine {
    item = checked(item, amount);
  }

  private static String checked(String item, Money amount) {
    Violations violations = new Violations();
    String checkedItem = violations.capture(() -> Text.required(item, "item", MAX_ITEM));
    violations.capture(() -> positive(amount));
    violations.throwIfAny();
    return checkedItem;
  }

  private static Money positive(Money amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.amount().signum() <= 0) {
      throw InvalidInput.of("amount", "Ensure this value is greater than 0.");
    }
    return amount;
  }
}
