package dev.motorhub.application.notifications;

import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.notifications.SmsMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Sends one batch of the SMS outbox: claims the pending messages that are due in a short unit of
 * work (each locked, skipping those another dispatcher holds, and leased for {@link
 * SmsDispatchSettings#lease()} by pushing its next attempt forward), sends each through the {@link
 * SmsGateway} outside any unit of work, and records each outcome in a unit of work of its own: sent
 * with its receipt, due again after a backoff, or failed after the last attempt or a refusal. An
 * outcome is recorded only while the message is still under this claim. A dispatcher that stops
 * mid-run leaves its claims to lapse, and the messages are sent again: at least once.
 *
 * <p>One call is one batch; a job runner calls {@link #dispatchBatch()} again and again (at once
 * when it came to the batch size, after a pause when it did not).
 */
public final class DispatchSms {
  /**
   * What one call did: how many messages it claimed, sent, left due again, gave up on, gave back
   * unsent (its claim running short), and whose outcome it could not record because the claim had
   * lapsed and another dispatcher had taken the message.
   */
  public record Summary(int claimed, int sent, int retrying, int failed, int released, int lapsed) {
    /** Nothing was due. */
    public boolean idle() {
      return claimed == 0;
    }
  }

  private enum Outcome {
    SENT,
    RETRYING,
    FAILED,
    LAPSED
  }

  private final Transactions tx;
  private final SmsOutbox outbox;
  private final SmsGateway gateway;
  private final SmsDispatchSettings settings;
  private final Clock clock;

  public DispatchSms(
      Transactions tx,
      SmsOutbox outbox,
      SmsGateway gateway,
      SmsDispatchSettings settings,
      Clock clock) {
    this.tx = tx;
    this.outbox = outbox;
    this.gateway = gateway;
    this.settings = settings;
    this.clock = clock;
  }

  /** Dispatches one batch and answers whether it was full: more may be due at once. */
  public boolean dispatchBatch() {
    return dispatch().claimed() == settings.batchSize();
  }

  public Summary dispatch() {
    Instant start = now();
    Instant until = start.plus(settings.lease());
    List<SmsMessage> claimed = claim(start, until);
    int[] counts = new int[Outcome.values().length];
    int released = 0;
    for (int i = 0; i < claimed.size(); i++) {
      if (!now().plus(settings.lease().dividedBy(2)).isBefore(until)) {
        released = release(claimed.subList(i, claimed.size()));
        break;
      }
      SmsMessage message = claimed.get(i);
      counts[record(message, send(message)).ordinal()]++;
    }
    return new Summary(
        claimed.size(),
        counts[Outcome.SENT.ordinal()],
        counts[Outcome.RETRYING.ordinal()],
        counts[Outcome.FAILED.ordinal()],
        released,
        counts[Outcome.LAPSED.ordinal()]);
  }

  private List<SmsMessage> claim(Instant now, Instant until) {
    return tx.inTransaction(
        () ->
            outbox.lockDue(now, settings.batchSize()).stream()
                .map(
                    due -> {
                      SmsMessage claim = due.claim(now, until);
                      outbox.update(claim);
                      return claim;
                    })
                .toList());
  }

  private SmsSendResult send(SmsMessage message) {
    try {
      return gateway.send(message.id(), message.to(), message.text());
    } catch (RuntimeException e) {
      // A gateway should answer rather than throw; one that throws loses nothing either.
      return SmsSendResult.retryable("The gateway failed: " + e.getClass().getSimpleName());
    }
  }

  private Outcome record(SmsMessage claim, SmsSendResult result) {
    return tx.inTransaction(
        () -> {
          Optional<SmsMessage> held = outbox.lock(claim.id()).filter(m -> m.stillClaimedAs(claim));
          if (held.isEmpty()) {
            return Outcome.LAPSED;
          }
          Instant now = now();
          SmsMessage message = held.get();
          SmsMessage outcome =
              switch (result) {
                case SmsSendResult.Accepted accepted -> message.sent(accepted.receipt(), now);
                case SmsSendResult.Failed failed when !failed.retryable() ->
                    message.fail(failed.error(), failed.receipt(), now);
                case SmsSendResult.Failed failed ->
                    settings.retries().afterFailure(message, failed.error(), failed.receipt(), now);
              };
          outbox.update(outcome);
          return switch (outcome.status()) {
            case SENT -> Outcome.SENT;
            case PENDING -> Outcome.RETRYING;
            default -> Outcome.FAILED;
          };
        });
  }

  private int release(List<SmsMessage> unsent) {
    return tx.inTransaction(
        () -> {
          Instant now = now();
          int released = 0;
          for (SmsMessage claim : unsent) {
            Optional<SmsMessage> held =
                outbox.lock(claim.id()).filter(m -> m.stillClaimedAs(claim));
            if (held.isPresent()) {
              outbox.update(held.get().release(now));
              released++;
            }
          }
          return released;
        });
  }

  /** Microseconds at most, as PostgreSQL keeps them, so a claim reads back as it was written. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
