package dev.motorhub.domain.billing;

import static dev.motorhub.domain.billing.TestInvoices.CUSTOMER;
import static dev.motorhub.domain.billing.TestInvoices.DUE_ON;
import static dev.motorhub.domain.billing.TestInvoices.ISSUED_ON;
import static dev.motorhub.domain.billing.TestInvoices.NUMBER;
import static dev.motorhub.domain.billing.TestInvoices.SOURCE;
import static dev.motorhub.domain.billing.TestInvoices.lines;
import static dev.motorhub.domain.billing.TestInvoices.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillTest {

  private static Bill bill(List<InvoiceLine> lines, LocalDate issued, LocalDate due) {
    return new Bill(NUMBER, CUSTOMER, SOURCE, lines, issued, due);
  }

  @Test
  void theTotal_isTheSumOfTheLines() {
    assertThat(bill(lines(), ISSUED_ON, DUE_ON).total()).isEqualTo(usd("150.00"));
    assertThat(bill(List.of(new InvoiceLine("Fee", 1, usd("0.01"))), ISSUED_ON, DUE_ON).total())
        .isEqualTo(usd("0.01"));
  }

  @Test
  void theLines_areCopiedAndCannotBeChangedAfterwards() {
    List<InvoiceLine> lines = new ArrayList<>(lines());
    Bill bill = bill(lines, ISSUED_ON, DUE_ON);
    lines.add(new InvoiceLine("Sneaked in", 1, usd("1000.00")));
    assertThat(bill.lines()).hasSize(2);
    assertThat(bill.total()).isEqualTo(usd("150.00"));
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> bill.lines().add(new InvoiceLine("More", 1, usd("1"))));
  }

  @Test
  void aBillWithoutLines_isRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> bill(List.of(), ISSUED_ON, DUE_ON))
        .withMessage("An invoice has at least one line");
  }

  @Test
  void aBill_isInOneCurrency() {
    List<InvoiceLine> mixed =
        List.of(
            new InvoiceLine("Fee", 1, usd("10.00")),
            new InvoiceLine("Fee", 1, Money.of("10.00", "EUR")));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> bill(mixed, ISSUED_ON, DUE_ON))
        .withMessage("An invoice is in one currency");
  }

  @Test
  void theDueDate_isNotBeforeTheIssue() {
    assertThat(bill(lines(), ISSUED_ON, ISSUED_ON).dueOn()).isEqualTo(ISSUED_ON);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> bill(lines(), ISSUED_ON, ISSUED_ON.minusDays(1)));
  }

  @Test
  void aNumberACustomerAndASource_areRequired() {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> new Bill(null, CUSTOMER, SOURCE, lines(), ISSUED_ON, DUE_ON));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> new Bill(NUMBER, null, SOURCE, lines(), ISSUED_ON, DUE_ON));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> new Bill(NUMBER, CUSTOMER, null, lines(), ISSUED_ON, DUE_ON));
  }
}
