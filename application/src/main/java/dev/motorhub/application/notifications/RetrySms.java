package dev.motorhub.application.notifications;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsMessage;
import java.time.Clock;
import java.util.Objects;

/**
 * Staff send a failed text message again: it is pending and due at once, with a full set of
 * attempts (the count starts over, as after a fixed number or a topped-up account the old failures
 * say nothing of the new ones). A message that did not fail is a conflict; to anyone but staff no
 * message exists.
 */
public final class RetrySms {
  /** Who asks, and which message. */
  public record Command(Principal principal, SmsId message) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(message, "message");
    }
  }

  private final Transactions tx;
  private final SmsOutbox outbox;
  private final Clock clock;

  public RetrySms(Transactions tx, SmsOutbox outbox, Clock clock) {
    this.tx = tx;
    this.outbox = outbox;
    this.clock = clock;
  }

  public SmsMessage retry(Command command) {
    return tx.inTransaction(
        () -> {
          SmsMessage message =
              outbox
                  .lock(command.message())
                  .filter(m -> command.principal().actor().isAdministrative())
                  .orElseThrow(ViewSms::notFound);
          SmsMessage retried = message.retry(clock.instant());
          outbox.update(retried);
          return retried;
        });
  }
}
