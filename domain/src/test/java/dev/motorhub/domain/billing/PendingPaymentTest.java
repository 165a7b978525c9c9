package dev.motorhub.domain.billing;

import static dev.motorhub.domain.billing.TestInvoices.INVOICE;
import static dev.motorhub.domain.billing.TestInvoices.PAID_AT;
import static dev.motorhub.domain.billing.TestInvoices.STAFF;
import static dev.motorhub.domain.billing.TestInvoices.customersCard;
import static dev.motorhub.domain.billing.TestInvoices.openInvoice;
import static dev.motorhub.domain.billing.TestInvoices.pendingPayment;
import static dev.motorhub.domain.billing.TestInvoices.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.RuleViolated;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A payment held while its charge is out, then settled: succeeded it pays, failed it releases. */
class PendingPaymentTest {
  private static final LocalDate PAY_DAY = LocalDate.of(2025, 3, 20);
  private static final Instant LATER = PAID_AT.plusSeconds(90);

  @Test
  void aPendingPayment_holdsItsAmount_soNoOtherPaymentMayPayIt() {
    Payment pending = pendingPayment(INVOICE, usd("100.00"), PAID_AT);

    Invoice.Open held = openInvoice().hold(pending);

    assertThat(held.pending()).isEqualTo(usd("100.00"));
    assertThat(held.paid()).as("pending is not paid").isEqualTo(usd("0.00"));
    assertThat(held.owed()).isEqualTo(usd("150.00"));
    assertThat(held.payable()).isEqualTo(usd("50.00"));
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> held.requirePayable(customersCard(), usd("50.01"), PAY_DAY))
        .withMessage("Only 50.00 is owed on this invoice beyond the 100.00 of payments pending.");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> held.hold(pendingPayment(INVOICE, usd("50.01"), PAID_AT)));
  }

  @Test
  void aSucceededPayment_countsAsPaid_andNoLongerPending() {
    Payment pending = pendingPayment(INVOICE, usd("150.00"), PAID_AT);
    Payment succeeded = pending.succeed("gw-7", LATER);

    Invoice after = openInvoice().hold(pending).settle(succeeded).invoice();

    assertThat(succeeded.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(succeeded.gatewayReference()).contains("gw-7");
    assertThat(after).isInstanceOf(Invoice.Paid.class);
    assertThat(((Invoice.Paid) after).paidAt())
        .as("paid when the charge is known")
        .isEqualTo(LATER);
    assertThat(after.pending()).isEqualTo(usd("0.00"));
  }

  @Test
  void aFailedPayment_releasesWhatItHeld_andPaysNothing() {
    Payment pending = pendingPayment(INVOICE, usd("100.00"), PAID_AT);
    Payment failed = pending.fail("Card declined.", LATER);

    Invoice after = openInvoice().hold(pending).release(failed).invoice();

    assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
    assertThat(failed.gatewayReference()).isEmpty();
    assertThat(failed.settledAt()).contains(LATER);
    assertThat(after.pending()).isEqualTo(usd("0.00"));
    assertThat(after.paid()).isEqualTo(usd("0.00"));
    assertThat(((Invoice.Open) after).payable()).isEqualTo(usd("150.00"));
  }

  @Test
  void aPaymentSettlesOnce_andOnlyASettledOneSettlesTheInvoice() {
    Payment pending = pendingPayment(INVOICE, usd("100.00"), PAID_AT);
    Payment succeeded = pending.succeed("gw-7", LATER);
    Invoice.Open held = openInvoice().hold(pending);

    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> succeeded.fail("late news", LATER));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> held.settle(pending));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> held.release(succeeded));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .as("nothing was held for it")
        .isThrownBy(() -> openInvoice().settle(succeeded));
  }

  @Test
  void anInvoiceWithAPaymentPending_cannotBeVoided() {
    Invoice.Open held = openInvoice().hold(pendingPayment(INVOICE, usd("1.00"), PAID_AT));

    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> held.voidBy(STAFF, "Issued twice", LATER))
        .withMessage("A payment of this invoice is pending; it cannot be voided.");
  }

  @Test
  void aLongFailureReason_isCut_andABlankOneSaysThePaymentFailed() {
    assertThat(new PaymentOutcome.Failed("x".repeat(600), LATER).reason()).hasSize(500);
    assertThat(new PaymentOutcome.Failed(" ", LATER).reason()).isEqualTo("The payment failed.");
  }
}
