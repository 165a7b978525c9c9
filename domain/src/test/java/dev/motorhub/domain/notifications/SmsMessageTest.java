package dev.motorhub.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.shared.Conflict;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SmsMessageTest {
  private static final Instant T = Instant.parse("2025-03-10T09:00:00Z");
  private static final SmsReceipt RECEIPT =
      new SmsReceipt(Optional.of("ATXid_1"), 101, "Success", Optional.of("KES 0.8000"));

  private static SmsMessage queued() {
    return SmsMessage.queue(
        new SmsId(UUID.randomUUID()),
        new PhoneNumber("+254701036054"),
        "Your order is ready.",
        "order",
        UUID.randomUUID(),
        T);
  }

  @Test
  void aClaim_countsTheAttempt_andPushesTheNextOneToTheEndOfTheLease() {
    SmsMessage claimed = queued().claim(T, T.plusSeconds(120));

    assertThat(claimed.attempts()).isEqualTo(1);
    assertThat(claimed.nextAttemptAt()).isEqualTo(T.plusSeconds(120));
    assertThat(claimed.stillClaimedAs(claimed)).isTrue();
    assertThat(claimed.claim(T, T.plusSeconds(240)).stillClaimedAs(claimed)).isFalse();
    assertThat(claimed.sent(RECEIPT, T).stillClaimedAs(claimed)).isFalse();
  }

  @Test
  void reports_moveForwardOnly() {
    SmsMessage sent = queued().claim(T, T).sent(RECEIPT, T);

    assertThat(sent.report(SmsStatus.PENDING, Optional.empty(), T)).isSameAs(sent);
    SmsMessage delivered = sent.report(SmsStatus.DELIVERED, Optional.empty(), T);
    assertThat(delivered.status()).isEqualTo(SmsStatus.DELIVERED);
    assertThat(delivered.report(SmsStatus.FAILED, Optional.of("Expired"), T)).isSameAs(delivered);
    assertThat(delivered.report(SmsStatus.SENT, Optional.empty(), T)).isSameAs(delivered);
    SmsMessage failed = sent.report(SmsStatus.FAILED, Optional.of("Expired"), T);
    assertThat(failed.lastError()).contains("Expired");
    assertThat(failed.report(SmsStatus.DELIVERED, Optional.empty(), T)).isSameAs(failed);
  }

  @Test
  void onlyAFailedMessage_isRetried_dueAtOnce_withItsCountAndReceiptCleared() {
    SmsMessage failed = queued().claim(T, T).fail("InvalidPhoneNumber", Optional.of(RECEIPT), T);

    SmsMessage retried = failed.retry(T.plusSeconds(60));

    assertThat(retried.status()).isEqualTo(SmsStatus.PENDING);
    assertThat(retried.attempts()).isZero();
    assertThat(retried.nextAttemptAt()).isEqualTo(T.plusSeconds(60));
    assertThat(retried.receipt()).isEmpty();
    assertThat(retried.lastError()).contains("InvalidPhoneNumber");
    assertThatExceptionOfType(Conflict.class).isThrownBy(() -> queued().retry(T));
  }

  @Test
  void anOverlongError_isCut() {
    SmsMessage failed = queued().claim(T, T).fail("x".repeat(900), Optional.empty(), T);

    assertThat(failed.lastError().orElseThrow()).hasSize(SmsMessage.MAX_ERROR);
  }

  @Test
  void deliveryReportWords_meanStatuses() {
    assertThat(SmsStatus.ofDeliveryReport("Success")).contains(SmsStatus.DELIVERED);
    assertThat(SmsStatus.ofDeliveryReport("Buffered")).contains(SmsStatus.SENT);
    assertThat(SmsStatus.ofDeliveryReport("Submitted")).contains(SmsStatus.SENT);
    assertThat(SmsStatus.ofDeliveryReport("Rejected")).contains(SmsStatus.FAILED);
    assertThat(SmsStatus.ofDeliveryReport("AbsentSubscriber")).contains(SmsStatus.FAILED);
    assertThat(SmsStatus.ofDeliveryReport("Teleported")).isEmpty();
  }
}
