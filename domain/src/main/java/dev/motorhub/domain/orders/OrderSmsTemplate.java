package dev.motorhub.domain.orders;

import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.shared.InvalidInput;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a customer is sent when an order is placed for them, with placeholders filled in: {@code
 * {item}}, {@code {amount}} (such as {@code 500.00}), {@code {currency}} (such as {@code USD}),
 * {@code {name}} (the customer's) and {@code {order_id}}. A placeholder it does not know, or a
 * brace that opens none, is refused when the template is made, so a bad setting stops the start
 * rather than an order.
 */
public record OrderSmsTemplate(String text) {
  public static final String DEFAULT = "Order for {item} at {currency} {amount} created";
  public static final Set<String> PLACEHOLDERS =
      Set.of("item", "amount", "currency", "name", "order_id");
  private static final int MAX_LENGTH = 640;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  public OrderSmsTemplate {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw InvalidInput.of("template", "The template must not be blank.");
    }
    if (text.length() > MAX_LENGTH) {
      throw InvalidInput.of("template", "Use at most " + MAX_LENGTH + " characters.");
    }
    Matcher placeholders = PLACEHOLDER.matcher(text);
    while (placeholders.find()) {
      if (!PLACEHOLDERS.contains(placeholders.group(1))) {
        throw InvalidInput.of(
            "template",
            "Unknown placeholder "
                + placeholders.group()
                + "; use {item}, {amount}, {currency}, {name} or {order_id}.");
      }
    }
    if (text.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
      throw InvalidInput.of("template", "Control characters are not allowed (a new line is).");
    }
    if (placeholders.replaceAll("").matches("(?s).*[{}].*")) {
      throw InvalidInput.of(
          "template", "A brace must belong to a placeholder such as {item} or {amount}.");
    }
  }

  public static OrderSmsTemplate standard() {
    return new OrderSmsTemplate(DEFAULT);
  }

  /**
   * The text for {@code order}, placed for the customer called {@code name}, cut to the longest
   * text message the outbox takes ({@value SmsMessage#MAX_TEXT} characters).
   */
  public String render(Order order, String name) {
    Map<String, String> values =
        Map.of(
            "item", order.item(),
            "amount", order.amount().plain(),
            "currency", order.amount().currency().getCurrencyCode(),
            "name", name,
            "order_id", order.id().toString());
    String rendered =
        PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
    return rendered.length() <= SmsMessage.MAX_TEXT
        ? rendered
        : rendered.substring(0, SmsMessage.MAX_TEXT - 1) + "…";
  }
}
