package dev.motorhub.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceStatusTest {

  @ParameterizedTest
  @EnumSource(InvoiceStatus.class)
  void aStatus_readsBackFromItsWireName(InvoiceStatus status) {
    assertThat(status.wire()).isEqualTo(status.name().toLowerCase(java.util.Locale.ROOT));
    assertThat(InvoiceStatus.parse(status.wire(), "status")).isEqualTo(status);
  }

  @ParameterizedTest
  @CsvSource({"' Overdue ', OVERDUE", "PAID, PAID", "Void, VOID"})
  void parse_ignoresCaseAndSpaces(String text, InvoiceStatus status) {
    assertThat(InvoiceStatus.parse(text, "status")).isEqualTo(status);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "late", "cancelled", "unpaid"})
  void parse_refusesAnyOtherStatusOnTheGivenField(String text) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> InvoiceStatus.parse(text, "status"))
        .satisfies(
            e ->
                assertThat(e.errors().get("status"))
                    .containsExactly("Select a valid choice: open, overdue, paid, void."));
  }
}
