package dev.motorhub.domain.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTest {
  private static final Instant NOW = Instant.parse("2024-06-25T17:54:00Z");

  static Order borns() {
    return Order.place(
        new OrderId(UUID.randomUUID()),
        new CustomerId(UUID.randomUUID()),
        new OrderLine("borns", Money.of("500", "USD")),
        NOW);
  }

  @Test
  void aPlacedOrder_holdsItsItemAndAmount_createdAndUpdatedAtOnce() {
    Order order = borns();
    assertThat(order.item()).isEqualTo("borns");
    assertThat(order.amount().plain()).isEqualTo("500.00");
    assertThat(order.createdAt()).isEqualTo(NOW).isEqualTo(order.updatedAt());
  }

  @Test
  void changingTheLine_movesUpdatedAt_andKeepsCustomerAndCreation() {
    Order order = borns();
    Instant later = NOW.plusSeconds(60);
    Order changed = order.changed(new OrderLine("bread", Money.of("20.50", "USD")), later);
    assertThat(changed.item()).isEqualTo("bread");
    assertThat(changed.customer()).isEqualTo(order.customer());
    assertThat(changed.createdAt()).isEqualTo(NOW);
    assertThat(changed.updatedAt()).isEqualTo(later);
  }

  @Test
  void anUnchangedLine_leavesTheOrderAsItIs() {
    Order order = borns();
    assertThat(order.changed(order.line(), NOW.plusSeconds(1))).isSameAs(order);
  }

  @Test
  void anItemIsRequiredAndBounded_andAnAmountMustBePositive_eachNamed() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new OrderLine(" ", Money.of("0", "USD")))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("item", "amount"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new OrderLine("x".repeat(201), Money.of("1", "USD")))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("item"));
    assertThat(new OrderLine("x".repeat(200), Money.of("0.01", "USD")).item()).hasSize(200);
  }
}
