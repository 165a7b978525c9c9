package dev.motorhub.domain.billing;

import static dev.motorhub.domain.billing.TestInvoices.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceLineTest {

  @Test
  void aLinesAmount_isTheUnitPriceTimesTheQuantityInItsCurrency() {
    assertThat(new InvoiceLine("Oil change", 3, usd("19.99")).amount()).isEqualTo(usd("59.97"));
    assertThat(new InvoiceLine("Labour", 1, Money.of("1500", "JPY")).amount())
        .isEqualTo(Money.of("1500", "JPY"));
  }

  @Test
  void aFreeLine_isAllowed() {
    assertThat(new InvoiceLine("Inspection", 1, usd("0")).amount().amount()).isZero();
  }

  @Test
  void theDescription_isTrimmedAndBounded() {
    assertThat(new InvoiceLine("  Oil change ", 1, usd("1")).description()).isEqualTo("Oil change");
    assertThat(new InvoiceLine("d".repeat(200), 1, usd("1")).description()).hasSize(200);
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new InvoiceLine("d".repeat(201), 1, usd("1")))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("description"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void aDescription_isRequired(String description) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new InvoiceLine(description, 1, usd("1")))
        .satisfies(
            e ->
                assertThat(e.errors().get("description"))
                    .containsExactly("This field is required."));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void aQuantityBelowOne_isRefused(int quantity) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new InvoiceLine("Oil change", quantity, usd("1")))
        .satisfies(
            e ->
                assertThat(e.errors().get("quantity"))
                    .containsExactly("Ensure this value is at least 1."));
  }

  @Test
  void aNegativeOrMissingUnitPrice_isRefused() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new InvoiceLine("Refund", 1, usd("-5.00")))
        .satisfies(
            e ->
                assertThat(e.errors().get("unit_price"))
                    .containsExactly("Ensure this value is greater than or equal to 0."));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> new InvoiceLine("Oil change", 1, null));
  }
}
