package dev.motorhub.application.notifications;

import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.notifications.SmsStatus;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Violations;
import java.time.Clock;
import java.util.Optional;

/**
 * The SMS provider reports what became of a message it took: delivered, still on its way, or failed
 * with a reason. The report moves the message forward only (a delivered or failed message stays
 * so); a report of a message the outbox does not know is acknowledged and ignored, as the provider
 * reports every message of its account.
 */
public final class RecordSmsDeliveryReport {
  /** The provider's id of the message, its status word and, for a failure, the reason. */
  public record Command(String messageId, SmsStatus status, Optional<String> failureReason) {
    public Command {
      if (messageId == null || messageId.isBlank()) {
        throw InvalidInput.of("id", "This field is required.");
      }
      messageId = messageId.strip();
      if (messageId.length() > 100) {
        throw InvalidInput.of("id", "Ensure this field has no more than 100 characters.");
      }
      failureReason = failureReason.map(String::strip).filter(r -> !r.isEmpty());
    }

    /** A report as the provider posts it: its words checked, named by their form fields. */
    public static Command of(String messageId, String status, String failureReason) {
      var problems = new Violations();
      if (messageId == null || messageId.isBlank()) {
        problems.add("id", "This field is required.");
      }
      Optional<SmsStatus> reported = SmsStatus.ofDeliveryReport(status);
      if (status == null || status.isBlank()) {
        problems.add("status", "This field is required.");
      } else if (reported.isEmpty()) {
        problems.add("status", "Not a delivery status this platform knows.");
      }
      problems.throwIfAny();
      return new Command(messageId, reported.orElseThrow(), Optional.ofNullable(failureReason));
    }
  }

  private final Transactions tx;
  private final SmsOutbox outbox;
  private final Clock clock;

  public RecordSmsDeliveryReport(Transactions tx, SmsOutbox outbox, Clock clock) {
    this.tx = tx;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** The message as the report leaves it; empty when no message bears that id. */
  public Optional<SmsMessage> record(Command report) {
    return tx.inTransaction(
        () ->
            outbox
                .lockByReceipt(report.messageId())
                .map(
                    message -> {
                      SmsMessage after =
                          message.report(report.status(), report.failureReason(), clock.instant());
                      if (after != message) {
                        outbox.update(after);
                      }
                      return after;
                    }));
  }
}
