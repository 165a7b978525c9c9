package dev.motorhub.application.memory;

import dev.motorhub.application.notifications.SmsGateway;
import dev.motorhub.application.notifications.SmsSendResult;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsReceipt;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The default SMS gateway of a platform built without one: it sends nothing, keeps what it was
 * given ({@link #sent()}) and answers that the message was taken, under the receipt id {@code
 * memory-<outbox id>}.
 */
public final class InMemorySmsGateway implements SmsGateway {
  /** One message as it was handed over. */
  public record Sent(SmsId id, PhoneNumber to, String text) {}

  private final List<Sent> sent = new CopyOnWriteArrayList<>();

  @Override
  public SmsSendResult send(SmsId id, PhoneNumber to, String text) {
    sent.add(new Sent(id, to, text));
    return new SmsSendResult.Accepted(
        new SmsReceipt(Optional.of("memory-" + id), 101, "Success", Optional.empty()));
  }

  /** Every message handed over, in order. */
  public List<Sent> sent() {
    return List.copyOf(sent);
  }
}
