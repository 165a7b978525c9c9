package dev.motorhub.domain.billing;

import static dev.motorhub.domain.billing.TestInvoices.CUSTOMER;
import static dev.motorhub.domain.billing.TestInvoices.DUE_ON;
import static dev.motorhub.domain.billing.TestInvoices.INVOICE;
import static dev.motorhub.domain.billing.TestInvoices.ISSUED_ON;
import static dev.motorhub.domain.billing.TestInvoices.NUMBER;
import static dev.motorhub.domain.billing.TestInvoices.OTHER_CUSTOMER;
import static dev.motorhub.domain.billing.TestInvoices.OTHER_INVOICE;
import static dev.motorhub.domain.billing.TestInvoices.PAID_AT;
import static dev.motorhub.domain.billing.TestInvoices.SOURCE;
import static dev.motorhub.domain.billing.TestInvoices.STAFF;
import static dev.motorhub.domain.billing.TestInvoices.card;
import static dev.motorhub.domain.billing.TestInvoices.customersCard;
import static dev.motorhub.domain.billing.TestInvoices.draft;
import static dev.motorhub.domain.billing.TestInvoices.lines;
import static dev.motorhub.domain.billing.TestInvoices.openInvoice;
import static dev.motorhub.domain.billing.TestInvoices.payment;
import static dev.motorhub.domain.billing.TestInvoices.settled;
import static dev.motorhub.domain.billing.TestInvoices.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceTest {
  private static final LocalDate PAY_DAY = LocalDate.of(2025, 3, 20);
  private static final Instant VOIDED_AT = Instant.parse("2025-03-12T08:00:00Z");

  private static Invoice.Open partlyPaid(String amount) {
    return (Invoice.Open) settled(openInvoice(), payment(INVOICE, usd(amount), PAID_AT)).invoice();
  }

  // --- issue ---

  @Test
  void anIssuedInvoice_isOpenWithEverythingOwedAndFallsDueAfterItsTerm() {
    Invoice.Open invoice = openInvoice();
    assertThat(invoice.id()).isEqualTo(INVOICE);
    assertThat(invoice.version()).isZero();
    assertThat(invoice.bill().number()).isEqualTo(NUMBER);
    assertThat(invoice.bill().customer()).isEqualTo(CUSTOMER);
    assertThat(invoice.bill().source()).isEqualTo(SOURCE);
    assertThat(invoice.bill().lines()).isEqualTo(lines());
    assertThat(invoice.bill().issuedOn()).isEqualTo(ISSUED_ON);
    assertThat(invoice.bill().dueOn()).isEqualTo(DUE_ON);
    assertThat(invoice.bill().total()).isEqualTo(usd("150.00"));
    assertThat(invoice.paid()).isEqualTo(usd("0.00"));
    assertThat(invoice.owed()).isEqualTo(usd("150.00"));
    assertThat(invoice.status(ISSUED_ON)).isEqualTo(InvoiceStatus.OPEN);
  }

  @Test
  void theTerm_isConfigurable() {
    assertThat(Invoice.issue(INVOICE, draft(), NUMBER, ISSUED_ON, Period.ofDays(14)).bill().dueOn())
        .isEqualTo(LocalDate.of(2025, 3, 24));
    assertThat(
            Invoice.issue(INVOICE, draft(), NUMBER, ISSUED_ON, Period.ofMonths(1)).bill().dueOn())
        .isEqualTo(LocalDate.of(2025, 4, 10));
    assertThat(Invoice.issue(INVOICE, draft(), NUMBER, ISSUED_ON, Period.ZERO).bill().dueOn())
        .isEqualTo(ISSUED_ON);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Invoice.issue(INVOICE, draft(), NUMBER, ISSUED_ON, Period.ofDays(-1)));
  }

  // --- status ---

  @Test
  void anOpenInvoice_isOverdueOnlyFromTheDayAfterItsDueDate() {
    Invoice.Open invoice = openInvoice();
    assertThat(invoice.status(DUE_ON)).isEqualTo(InvoiceStatus.OPEN);
    assertThat(invoice.isOverdueOn(DUE_ON)).isFalse();
    assertThat(invoice.status(DUE_ON.plusDays(1))).isEqualTo(InvoiceStatus.OVERDUE);
    assertThat(invoice.isOverdueOn(DUE_ON.plusDays(1))).isTrue();
    assertThat(partlyPaid("50.00").status(DUE_ON.plusDays(1))).isEqualTo(InvoiceStatus.OVERDUE);
  }

  @Test
  void aPaidOrVoidInvoice_isNeverOverdue() {
    Invoice paid = settled(openInvoice(), payment(INVOICE, usd("150.00"), PAID_AT)).invoice();
    Invoice voided = openInvoice().voidBy(STAFF, "Issued twice", VOIDED_AT);
    LocalDate longAfter = DUE_ON.plusYears(1);
    assertThat(paid.status(longAfter)).isEqualTo(InvoiceStatus.PAID);
    assertThat(voided.status(longAfter)).isEqualTo(InvoiceStatus.VOID);
    assertThat(voided.status(ISSUED_ON)).isEqualTo(InvoiceStatus.VOID);
  }

  // --- requirePayable ---

  @Test
  void theCustomer_mayPayWhatIsOwedWithTheirOwnCard() {
    assertThatCode(() -> openInvoice().requirePayable(customersCard(), usd("150.00"), PAY_DAY))
        .doesNotThrowAnyException();
    assertThatCode(() -> openInvoice().requirePayable(customersCard(), usd("0.01"), PAY_DAY))
        .doesNotThrowAnyException();
  }

  @Test
  void anOverdueInvoice_isStillPayable() {
    assertThatCode(
            () -> openInvoice().requirePayable(customersCard(), usd("150.00"), DUE_ON.plusDays(10)))
        .doesNotThrowAnyException();
  }

  @Test
  void anotherCustomersCard_isRefused() {
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(
            () ->
                openInvoice()
                    .requirePayable(
                        card(OTHER_CUSTOMER, YearMonth.of(2027, 12)), usd("150.00"), PAY_DAY))
        .withMessage("Pay with a card on the billed customer's file.");
  }

  @Test
  void anExpiredCard_isRefused() {
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(
            () ->
                openInvoice()
                    .requirePayable(card(CUSTOMER, YearMonth.of(2025, 2)), usd("150.00"), PAY_DAY))
        .withMessage("This card expired at the end of 02/2025.");
  }

  @Test
  void aCard_isValidThroughTheLastDayOfItsExpiryMonth() {
    Invoice.Open invoice = openInvoice();
    var expiringInMarch = card(CUSTOMER, YearMonth.of(2025, 3));
    assertThatCode(
            () -> invoice.requirePayable(expiringInMarch, usd("10.00"), LocalDate.of(2025, 3, 31)))
        .doesNotThrowAnyException();
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(
            () -> invoice.requirePayable(expiringInMarch, usd("10.00"), LocalDate.of(2025, 4, 1)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-10.00"})
  void anAmountThatIsNotPositive_isRefused(String amount) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> openInvoice().requirePayable(customersCard(), usd(amount), PAY_DAY))
        .satisfies(
            e ->
                assertThat(e.errors().get("amount"))
                    .containsExactly("Ensure this value is greater than 0."));
  }

  @Test
  void payingMoreThanIsOwed_isRefused() {
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> openInvoice().requirePayable(customersCard(), usd("150.01"), PAY_DAY))
        .withMessage("Only 150.00 is owed on this invoice.");
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(
            () -> partlyPaid("100.00").requirePayable(customersCard(), usd("50.01"), PAY_DAY))
        .withMessage("Only 50.00 is owed on this invoice.");
    assertThatCode(
            () -> partlyPaid("100.00").requirePayable(customersCard(), usd("50.00"), PAY_DAY))
        .doesNotThrowAnyException();
  }

  // --- settle ---

  @Test
  void aPartPayment_leavesTheInvoiceOpenWithLessOwed() {
    Invoice.Open invoice = openInvoice();
    Payment part = payment(INVOICE, usd("100.00"), PAID_AT);

    Invoice.Settlement settlement = settled(invoice, part);

    assertThat(settlement.payment()).isEqualTo(part);
    assertThat(settlement.invoice()).isInstanceOf(Invoice.Open.class);
    assertThat(settlement.invoice().paid()).isEqualTo(usd("100.00"));
    assertThat(settlement.invoice().owed()).isEqualTo(usd("50.00"));
    assertThat(settlement.invoice().status(PAY_DAY)).isEqualTo(InvoiceStatus.OPEN);
    assertThat(settlement.invoice().version()).isEqualTo(invoice.version());
    assertThat(invoice.owed()).as("the original is unchanged").isEqualTo(usd("150.00"));
  }

  @Test
  void payingTheRest_paysTheInvoiceForGood() {
    Instant finalPayment = PAID_AT.plusSeconds(86_400);
    Invoice after =
        settled(partlyPaid("100.00"), payment(INVOICE, usd("50.00"), finalPayment)).invoice();

    assertThat(after).isInstanceOf(Invoice.Paid.class);
    Invoice.Paid paid = (Invoice.Paid) after;
    assertThat(paid.paidAt()).isEqualTo(finalPayment);
    assertThat(paid.paid()).isEqualTo(usd("150.00"));
    assertThat(paid.owed()).isEqualTo(usd("0.00"));
    assertThat(paid.status(PAY_DAY)).isEqualTo(InvoiceStatus.PAID);
    assertThat(paid.bill()).isEqualTo(openInvoice().bill());
    assertThat(paid.id()).isEqualTo(INVOICE);
  }

  @Test
  void onePaymentOfEverything_paysTheInvoice() {
    Invoice after = settled(openInvoice(), payment(INVOICE, usd("150.00"), PAID_AT)).invoice();
    assertThat(after).isInstanceOf(Invoice.Paid.class);
    assertThat(after.owed()).isEqualTo(usd("0.00"));
  }

  @Test
  void aPaymentOfAnotherInvoiceOrOfMoreThanIsOwed_settlesNothing() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> settled(openInvoice(), payment(OTHER_INVOICE, usd("10.00"), PAID_AT)));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> settled(partlyPaid("100.00"), payment(INVOICE, usd("50.01"), PAID_AT)));
  }

  @Test
  void anOpenInvoice_alwaysHasSomethingOwed() {
    Bill bill = openInvoice().bill();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Invoice.Open(INVOICE, bill, usd("150.00"), 0));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Invoice.Open(INVOICE, bill, usd("-0.01"), 0));
    assertThat(new Invoice.Open(INVOICE, bill, usd("149.99"), 3).owed()).isEqualTo(usd("0.01"));
  }

  // --- void ---

  @Test
  void staffVoidAnInvoiceOnWhichNothingWasPaid_givingAReason() {
    Invoice.Open invoice = openInvoice();
    Invoice.Void voided = invoice.voidBy(STAFF, "  Issued twice ", VOIDED_AT);
    assertThat(voided.reason()).isEqualTo("Issued twice");
    assertThat(voided.voidedBy()).isEqualTo(STAFF);
    assertThat(voided.voidedAt()).isEqualTo(VOIDED_AT);
    assertThat(voided.id()).isEqualTo(INVOICE);
    assertThat(voided.bill()).isEqualTo(invoice.bill());
    assertThat(voided.version()).isEqualTo(invoice.version());
    assertThat(voided.paid()).isEqualTo(usd("0.00"));
    assertThat(voided.owed()).as("nothing is owed on a void invoice").isEqualTo(usd("0.00"));
  }

  @Test
  void anInvoiceWithPayments_cannotBeVoided() {
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> partlyPaid("0.01").voidBy(STAFF, "Issued twice", VOIDED_AT))
        .withMessage("Payments were made on this invoice; it cannot be voided.");
  }

  @Test
  void voiding_needsAReasonOfAtMost500Characters() {
    Invoice.Open invoice = openInvoice();
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> invoice.voidBy(STAFF, "  ", VOIDED_AT))
        .satisfies(
            e -> assertThat(e.errors().get("reason")).containsExactly("This field is required."));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> invoice.voidBy(STAFF, null, VOIDED_AT))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("reason"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> invoice.voidBy(STAFF, "r".repeat(501), VOIDED_AT))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("reason"));
    assertThat(invoice.voidBy(STAFF, "r".repeat(500), VOIDED_AT).reason()).hasSize(500);
  }
}
