package dev.motorhub.application.notifications;

import static dev.motorhub.application.notifications.SmsOutboxFixture.all;
import static dev.motorhub.application.notifications.SmsOutboxFixture.message;
import static dev.motorhub.application.notifications.SmsOutboxFixture.queue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.customers.AddCustomer;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.orders.PlaceOrder;
import dev.motorhub.application.support.RecordingSmsGateway;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.notifications.SmsReceipt;
import dev.motorhub.domain.notifications.SmsRetryPolicy;
import dev.motorhub.domain.notifications.SmsStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DispatchSmsTest {
  private static final SmsRetryPolicy THREE_TRIES =
      new SmsRetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(15));

  private final TestClock clock = TestClock.start();

  private Motorhub motorhub(RecordingSmsGateway gateway, SmsRetryPolicy retries) {
    return TestMotorhub.builder(clock)
        .smsGateway(gateway)
        .smsDispatch(SmsDispatchSettings.defaults().withRetries(retries))
        .build();
  }

  private static DispatchSms.Summary dispatch(Motorhub motorhub) {
    return motorhub.notifications().dispatchSms().dispatch();
  }

  @Test
  void queuingAMessage_sendsNothing_andTheDispatcherSendsItWithItsReceipt() {
    var gateway = RecordingSmsGateway.accepting();
    var motorhub = motorhub(gateway, THREE_TRIES);
    SmsId id = queue(motorhub, 1).getFirst();
    assertThat(gateway.calls()).isZero();
    assertThat(message(motorhub, id).status()).isEqualTo(SmsStatus.PENDING);

    assertThat(dispatch(motorhub)).isEqualTo(new DispatchSms.Summary(1, 1, 0, 0, 0, 0));

    var sent = message(motorhub, id);
    assertThat(sent.status()).isEqualTo(SmsStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(sent.receipt().flatMap(SmsReceipt::messageId)).contains("AT-" + id);
    assertThat(dispatch(motorhub).idle()).isTrue();
  }

  @Test
  void aRetryableFailure_isTriedAgainAfterABackoff_andFailsAfterTheLastAttempt() {
    var gateway = RecordingSmsGateway.answering((id, call) -> SmsSendResult.retryable("HTTP 500"));
    var motorhub = motorhub(gateway, THREE_TRIES);
    SmsId id = queue(motorhub, 1).getFirst();

    assertThat(dispatch(motorhub).retrying()).isEqualTo(1);
    var first = message(motorhub, id);
    assertThat(first.status()).isEqualTo(SmsStatus.PENDING);
    assertThat(first.lastError()).contains("HTTP 500");
    assertThat(first.nextAttemptAt())
        .isBetween(clock.instant().plusSeconds(8), clock.instant().plusSeconds(10));
    assertThat(dispatch(motorhub).idle()).as("not due before its backoff").isTrue();

    clock.advance(Duration.ofSeconds(10));
    assertThat(dispatch(motorhub).retrying()).isEqualTo(1);
    assertThat(message(motorhub, id).nextAttemptAt())
        .as("doubled, but capped at 15 s")
        .isBetween(clock.instant().plusSeconds(12), clock.instant().plusSeconds(15));

    clock.advance(Duration.ofSeconds(15));
    assertThat(dispatch(motorhub)).isEqualTo(new DispatchSms.Summary(1, 0, 0, 1, 0, 0));
    var failed = message(motorhub, id);
    assertThat(failed.status()).isEqualTo(SmsStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(3);
    assertThat(failed.lastError()).contains("Gave up after 3 attempts: HTTP 500");
    clock.advance(Duration.ofHours(1));
    assertThat(dispatch(motorhub).idle()).isTrue();
    assertThat(gateway.calls()).isEqualTo(3);
  }

  @Test
  void aPermanentFailure_failsAtOnce_keepingTheProvidersAnswer() {
    var refusal = new SmsReceipt(Optional.empty(), 403, "InvalidPhoneNumber", Optional.empty());
    var gateway =
        RecordingSmsGateway.answering(
            (id, call) -> SmsSendResult.permanent("InvalidPhoneNumber", Optional.of(refusal)));
    var motorhub = motorhub(gateway, THREE_TRIES);
    SmsId id = queue(motorhub, 1).getFirst();

    assertThat(dispatch(motorhub).failed()).isEqualTo(1);

    var failed = message(motorhub, id);
    assertThat(failed.status()).isEqualTo(SmsStatus.FAILED);
    assertThat(failed.lastError()).contains("InvalidPhoneNumber");
    assertThat(failed.receipt()).contains(refusal);
  }

  @Test
  void aGatewayThatThrows_losesNothing_itsMessageIsTriedAgain() {
    var gateway =
        RecordingSmsGateway.answering(
            (id, call) -> {
              if (call == 0) {
                throw new IllegalStateException("socket closed");
              }
              return RecordingSmsGateway.accept(id);
            });
    var motorhub = motorhub(gateway, THREE_TRIES);
    SmsId id = queue(motorhub, 1).getFirst();

    assertThat(dispatch(motorhub).retrying()).isEqualTo(1);
    assertThat(message(motorhub, id).lastError())
        .contains("The gateway failed: IllegalStateException");
    clock.advance(Duration.ofSeconds(10));
    assertThat(dispatch(motorhub).sent()).isEqualTo(1);
  }

  @Test
  void oneCall_dispatchesOneBatch() {
    var motorhub = motorhub(RecordingSmsGateway.accepting(), THREE_TRIES);
    queue(motorhub, 120);

    assertThat(dispatch(motorhub).sent()).isEqualTo(50);
    assertThat(dispatch(motorhub).sent()).isEqualTo(50);
    assertThat(dispatch(motorhub).sent()).isEqualTo(20);
    assertThat(dispatch(motorhub).idle()).isTrue();
  }

  @Test
  void aThousandOrders_throughAGatewayThatFailsHalfOfAllSends_endWithAThousandTextsSentOnce() {
    var gateway =
        RecordingSmsGateway.answering(
            (id, call) ->
                call % 2 == 0
                    ? SmsSendResult.retryable("HTTP 503")
                    : RecordingSmsGateway.accept(id));
    var motorhub =
        motorhub(gateway, new SmsRetryPolicy(50, Duration.ofSeconds(1), Duration.ofSeconds(4)));
    Principal staff = TestAccounts.staff(motorhub, "sam");
    String customer =
        motorhub
            .customers()
            .addCustomer()
            .add(AddCustomer.Command.of(staff, "boss", "+254701036054"))
            .customer()
            .id()
            .toString();
    for (int i = 0; i < 1_000; i++) {
      motorhub
          .orders()
          .placeOrder()
          .place(new PlaceOrder.Command(staff, customer, "tyre " + i, "100.00"));
    }
    List<SmsId> queued = all(motorhub, SmsStatus.PENDING).stream().map(SmsMessage::id).toList();
    assertThat(queued).hasSize(1_000);

    int rounds = 0;
    while (!all(motorhub, SmsStatus.PENDING).isEmpty() && rounds++ < 1_000) {
      if (dispatch(motorhub).idle()) {
        clock.advance(Duration.ofSeconds(4));
      }
    }

    assertThat(all(motorhub, SmsStatus.SENT)).hasSize(1_000);
    assertThat(gateway.acceptedTimes()).hasSize(1_000).containsOnlyKeys(queued);
    assertThat(gateway.acceptedTimes().values()).containsOnly(1);
    assertThat(gateway.calls()).isGreaterThanOrEqualTo(2_000);
    assertThat(gateway.concurrentSends()).isZero();
  }

  @Test
  void aDispatcherStoppedMidRun_leavesItsClaims_whichLapse_andANewOneSendsEveryMessage() {
    var crashing =
        RecordingSmsGateway.answering(
            (id, call) -> {
              if (call == 3) {
                throw new StoppedDispatcher();
              }
              return RecordingSmsGateway.accept(id);
            });
    var crashed = motorhub(crashing, THREE_TRIES);
    List<SmsId> queued = queue(crashed, 10);

    assertThatExceptionOfType(StoppedDispatcher.class).isThrownBy(() -> dispatch(crashed));
    var next =
        new DispatchSms(
            crashed.store().transactions(),
            crashed.store().smsOutbox(),
            RecordingSmsGateway.accepting(),
            SmsDispatchSettings.defaults(),
            clock);
    assertThat(next.dispatch().idle()).as("still claimed by the stopped one").isTrue();

    clock.advance(SmsDispatchSettings.defaults().lease());
    assertThat(next.dispatch().sent()).isEqualTo(7);
    assertThat(queued)
        .allSatisfy(id -> assertThat(message(crashed, id).status()).isEqualTo(SmsStatus.SENT));
  }

  @Test
  void aClaimRunningShort_isGivenBack_dueAtOnce_itsAttemptNotCounted() {
    var lease = SmsDispatchSettings.defaults().lease();
    var slow =
        RecordingSmsGateway.answering(
            (id, call) -> {
              clock.advance(lease.dividedBy(2));
              return RecordingSmsGateway.accept(id);
            });
    var motorhub = motorhub(slow, THREE_TRIES);
    List<SmsId> queued = queue(motorhub, 3);

    assertThat(dispatch(motorhub)).isEqualTo(new DispatchSms.Summary(3, 1, 0, 0, 2, 0));

    var given = message(motorhub, queued.get(1));
    assertThat(given.status()).isEqualTo(SmsStatus.PENDING);
    assertThat(given.attempts()).isZero();
    assertThat(given.nextAttemptAt()).isEqualTo(clock.instant());
  }

  @Test
  void anOutcomeAfterTheClaimLapsed_isNotRecorded_overTheDispatcherThatTookTheMessage() {
    var lease = SmsDispatchSettings.defaults().lease();
    var motorhubs = new Motorhub[1];
    var late =
        RecordingSmsGateway.answering(
            (id, call) -> {
              clock.advance(lease.plusSeconds(1));
              var other =
                  new DispatchSms(
                      motorhubs[0].store().transactions(),
                      motorhubs[0].store().smsOutbox(),
                      RecordingSmsGateway.accepting(),
                      SmsDispatchSettings.defaults(),
                      clock);
              assertThat(other.dispatch().sent()).isEqualTo(1);
              return SmsSendResult.retryable("timed out");
            });
    motorhubs[0] = motorhub(late, THREE_TRIES);
    SmsId id = queue(motorhubs[0], 1).getFirst();

    assertThat(dispatch(motorhubs[0]).lapsed()).isEqualTo(1);

    var sent = message(motorhubs[0], id);
    assertThat(sent.status()).isEqualTo(SmsStatus.SENT);
    assertThat(sent.lastError()).isEmpty();
  }

  /** What a dispatcher's thread dies of, in a test. */
  private static final class StoppedDispatcher extends Error {
    private static final long serialVersionUID = 1L;
  }
}
