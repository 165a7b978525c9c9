package dev.motorhub.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceNumberTest {

  @Test
  void aNumber_readsTheYearAndTheSequencePaddedToSixDigits() {
    assertThat(InvoiceNumber.of(2026, 42).value()).isEqualTo("INV-2026-000042");
    assertThat(InvoiceNumber.of(2026, 1).toString()).isEqualTo("INV-2026-000001");
    assertThat(InvoiceNumber.of(2026, 999_999).value()).isEqualTo("INV-2026-999999");
  }

  @Test
  void aSequenceBeyondSixDigits_growsTheNumber() {
    assertThat(InvoiceNumber.of(2026, 1_234_567).value()).isEqualTo("INV-2026-1234567");
  }

  @Test
  void aNumberRead_equalsTheNumberMade() {
    assertThat(new InvoiceNumber("INV-2025-000042")).isEqualTo(InvoiceNumber.of(2025, 42));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1})
  void sequencesStartAtOne(long sequence) {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> InvoiceNumber.of(2026, sequence));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 10000})
  void aYearOfOtherThanFourDigits_isRefused(int year) {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> InvoiceNumber.of(year, 1));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "INV-25-000001",
        "INV-2025-00001",
        "inv-2025-000001",
        "INV-2025-000001x",
        " INV-2025-000001",
        "INV_2025_000001",
        "2025-000001"
      })
  void anythingElse_isNoInvoiceNumber(String text) {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new InvoiceNumber(text));
  }
}
