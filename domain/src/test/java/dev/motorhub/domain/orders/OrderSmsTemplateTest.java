package dev.motorhub.domain.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderSmsTemplateTest {

  @Test
  void theStandardTemplate_tellsTheItemCurrencyAndAmount() {
    assertThat(OrderSmsTemplate.standard().render(OrderTest.borns(), "boss"))
        .isEqualTo("Order for borns at USD 500.00 created");
  }

  @Test
  void everyPlaceholder_isFilledIn_andTextThatLooksLikeAReplacementIsKeptAsItIs() {
    Order order = OrderTest.borns();
    String text =
        new OrderSmsTemplate("Hi {name}: {item} ({order_id}) {amount} {currency} $1")
            .render(order, "Bo$$");
    assertThat(text).isEqualTo("Hi Bo$$: borns (" + order.id() + ") 500.00 USD $1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Order {total}", "Order {Item}", "Order {item", "Order item}", " "})
  void anUnknownPlaceholderOrAStrayBraceOrABlankTemplate_isRefused(String text) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new OrderSmsTemplate(text))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("template"));
  }
}
