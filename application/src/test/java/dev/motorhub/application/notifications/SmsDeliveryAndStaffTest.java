package dev.motorhub.application.notifications;

import static dev.motorhub.application.notifications.SmsOutboxFixture.message;
import static dev.motorhub.application.notifications.SmsOutboxFixture.queue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.support.RecordingSmsGateway;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsStatus;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmsDeliveryAndStaffTest {
  private final TestClock clock = TestClock.start();
  private boolean refuse = true;
  private final Motorhub motorhub =
      TestMotorhub.builder(clock)
          .smsGateway(
              RecordingSmsGateway.answering(
                  (id, call) ->
                      refuse
                          ? SmsSendResult.permanent("InsufficientBalance", Optional.empty())
                          : RecordingSmsGateway.accept(id)))
          .build();

  private SmsId sentMessage() {
    refuse = false;
    SmsId id = queue(motorhub, 1).getFirst();
    motorhub.notifications().dispatchSms().dispatch();
    return id;
  }

  private SmsId failedMessage() {
    refuse = true;
    SmsId id = queue(motorhub, 1).getFirst();
    motorhub.notifications().dispatchSms().dispatch();
    return id;
  }

  private Optional<SmsStatus> report(SmsId id, String status, String reason) {
    return motorhub
        .notifications()
        .recordSmsDeliveryReport()
        .record(RecordSmsDeliveryReport.Command.of("AT-" + id, status, reason))
        .map(m -> m.status());
  }

  @Test
  void aReport_movesTheMessageForwardOnly() {
    SmsId id = sentMessage();

    assertThat(report(id, "Buffered", null)).contains(SmsStatus.SENT);
    assertThat(report(id, "Success", null)).contains(SmsStatus.DELIVERED);
    assertThat(report(id, "Failed", "DeliveryFailure")).contains(SmsStatus.DELIVERED);
    assertThat(report(id, "Sent", null)).contains(SmsStatus.DELIVERED);
    assertThat(message(motorhub, id).lastError()).isEmpty();
  }

  @Test
  void aFailureReport_keepsItsReason_andStaysFailed() {
    SmsId id = sentMessage();

    assertThat(report(id, "AbsentSubscriber", "AbsentSubscriber")).contains(SmsStatus.FAILED);
    assertThat(report(id, "Success", null)).contains(SmsStatus.FAILED);

    assertThat(message(motorhub, id).lastError()).contains("AbsentSubscriber");
  }

  @Test
  void aReportOfAnUnknownMessage_isIgnored() {
    sentMessage();

    assertThat(
            motorhub
                .notifications()
                .recordSmsDeliveryReport()
                .record(RecordSmsDeliveryReport.Command.of("ATXid_unknown", "Success", null)))
        .isEmpty();
  }

  @Test
  void aReportWithoutIdOrWithAnUnknownStatus_isInvalid_namingTheFields() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> RecordSmsDeliveryReport.Command.of(" ", "Delivered-ish", null))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("id", "status"));
  }

  @Test
  void staffRetryAFailedMessage_whichIsSentAgain_withAFullSetOfAttempts() {
    var staff = TestAccounts.superuser(motorhub);
    SmsId id = failedMessage();
    assertThat(message(motorhub, id).status()).isEqualTo(SmsStatus.FAILED);

    clock.advance(Duration.ofMinutes(5));
    var retried = motorhub.notifications().retrySms().retry(new RetrySms.Command(staff, id));

    assertThat(retried.status()).isEqualTo(SmsStatus.PENDING);
    assertThat(retried.attempts()).isZero();
    assertThat(retried.nextAttemptAt()).isEqualTo(clock.instant());
    refuse = false;
    assertThat(motorhub.notifications().dispatchSms().dispatch().sent()).isEqualTo(1);
    assertThat(message(motorhub, id).status()).isEqualTo(SmsStatus.SENT);
  }

  @Test
  void retryingAMessageThatDidNotFail_isAConflict() {
    var staff = TestAccounts.superuser(motorhub);
    SmsId id = sentMessage();

    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(
            () -> motorhub.notifications().retrySms().retry(new RetrySms.Command(staff, id)))
        .withMessageContaining("this one is sent");
  }

  @Test
  void onlyStaff_listReadAndRetryMessages_toOthersNoneExists() {
    var customer = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "olive"));
    SmsId id = failedMessage();
    var sms = motorhub.notifications();

    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> sms.viewSms().list(customer, Optional.empty(), PageRequest.first(10)));
    assertThatExceptionOfType(NotFound.class).isThrownBy(() -> sms.viewSms().get(customer, id));
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> sms.retrySms().retry(new RetrySms.Command(customer, id)));
    assertThat(message(motorhub, id).status()).isEqualTo(SmsStatus.FAILED);
  }

  @Test
  void staffList_everyMessageOrThoseInAStatus_andReadOne() {
    var staff = TestAccounts.superuser(motorhub);
    SmsId failed = failedMessage();
    SmsId sent = sentMessage();
    var view = motorhub.notifications().viewSms();

    assertThat(view.list(staff, Optional.empty(), PageRequest.first(10)).items())
        .extracting(m -> m.id())
        .containsExactly(failed, sent);
    assertThat(view.list(staff, Optional.of(SmsStatus.SENT), PageRequest.first(10)).items())
        .extracting(m -> m.id())
        .containsExactly(sent);
    assertThat(view.get(staff, failed).status()).isEqualTo(SmsStatus.FAILED);
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> view.get(staff, new SmsId(java.util.UUID.randomUUID())));
  }
}
