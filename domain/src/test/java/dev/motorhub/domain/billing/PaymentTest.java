package dev.motorhub.domain.billing;

import static dev.motorhub.domain.billing.TestInvoices.CARD;
import static dev.motorhub.domain.billing.TestInvoices.CUSTOMER;
import static dev.motorhub.domain.billing.TestInvoices.INVOICE;
import static dev.motorhub.domain.billing.TestInvoices.PAID_AT;
import static dev.motorhub.domain.billing.TestInvoices.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.customers.CardBrand;
import dev.motorhub.domain.shared.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentTest {
  private static final PaymentId ID = new PaymentId(TestInvoices.uuid(0x41));
  private static final IdempotencyKey KEY = new IdempotencyKey("key-1", "amount=50.00");

  private static Payment payment(Money amount, boolean late, Optional<IdempotencyKey> key) {
    return new Payment(
        ID,
        INVOICE,
        CUSTOMER,
        CUSTOMER,
        CARD,
        CardBrand.VISA,
        "4242",
        amount,
        PAID_AT,
        late,
        new PaymentOutcome.Succeeded("gw-1", PAID_AT),
        key);
  }

  @Test
  void aPayment_recordsWhoPaidWhatWithWhichCardAndWhen() {
    Payment payment = payment(usd("50.00"), true, Optional.of(KEY));
    assertThat(payment.id()).isEqualTo(ID);
    assertThat(payment.invoice()).isEqualTo(INVOICE);
    assertThat(payment.payer()).isEqualTo(CUSTOMER);
    assertThat(payment.recordedBy()).isEqualTo(CUSTOMER);
    assertThat(payment.card()).isEqualTo(CARD);
    assertThat(payment.cardBrand()).isEqualTo(CardBrand.VISA);
    assertThat(payment.cardLast4()).isEqualTo("4242");
    assertThat(payment.amount()).isEqualTo(usd("50.00"));
    assertThat(payment.createdAt()).isEqualTo(PAID_AT);
    assertThat(payment.late()).isTrue();
    assertThat(payment.gatewayReference()).contains("gw-1");
    assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(payment.settledAt()).contains(PAID_AT);
    assertThat(payment.idempotencyKey()).contains(KEY);
  }

  @Test
  void anIdempotencyKey_isOptional() {
    assertThat(payment(usd("50.00"), false, Optional.empty()).idempotencyKey()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0.01"})
  void aPayment_isOfAPositiveAmount(String amount) {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> payment(usd(amount), false, Optional.empty()))
        .withMessage("A payment is of a positive amount");
  }

  @Test
  void everyPartButTheKey_isRequired() {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(
            () ->
                new Payment(
                    ID,
                    null,
                    CUSTOMER,
                    CUSTOMER,
                    CARD,
                    CardBrand.VISA,
                    "4242",
                    usd("1"),
                    PAID_AT,
                    false,
                    new PaymentOutcome.Succeeded("gw-1", PAID_AT),
                    Optional.empty()));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(
            () ->
                new Payment(
                    ID,
                    INVOICE,
                    null,
                    CUSTOMER,
                    CARD,
                    CardBrand.VISA,
                    "4242",
                    usd("1"),
                    PAID_AT,
                    false,
                    new PaymentOutcome.Succeeded("gw-1", PAID_AT),
                    Optional.empty()));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(
            () ->
                new Payment(
                    ID,
                    INVOICE,
                    CUSTOMER,
                    CUSTOMER,
                    CARD,
                    CardBrand.VISA,
                    "4242",
                    usd("1"),
                    null,
                    false,
                    new PaymentOutcome.Succeeded("gw-1", PAID_AT),
                    Optional.empty()));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(
            () ->
                new Payment(
                    ID,
                    INVOICE,
                    CUSTOMER,
                    CUSTOMER,
                    CARD,
                    CardBrand.VISA,
                    "4242",
                    usd("1"),
                    PAID_AT,
                    false,
                    null,
                    Optional.empty()));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> payment(usd("1"), false, null));
  }
}
