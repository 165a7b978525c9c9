package dev.motorhub.application.notifications;

import dev.motorhub.application.Motorhub;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.notifications.SmsStatus;
import dev.motorhub.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/** Queues text messages as a business change does, and reads the outbox back. */
public final class SmsOutboxFixture {
  private SmsOutboxFixture() {}

  /** Queues {@code count} messages, each in the unit of work of its own change (as an order). */
  public static List<SmsId> queue(Motorhub motorhub, int count) {
    Texter texter = motorhub.notifications().texter();
    var tx = motorhub.store().transactions();
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                tx.inTransaction(
                    () ->
                        texter.text(
                            new PhoneNumber("+254701036054"),
                            "Order " + i + " for tyres at USD 100.00 created",
                            "order",
                            UUID.randomUUID())))
        .toList();
  }

  public static SmsMessage message(Motorhub motorhub, SmsId id) {
    return motorhub
        .store()
        .transactions()
        .inTransaction(() -> motorhub.store().smsOutbox().findById(id))
        .orElseThrow();
  }

  /** Every message of the outbox in {@code status}. */
  public static List<SmsMessage> all(Motorhub motorhub, SmsStatus status) {
    var outbox = motorhub.store().smsOutbox();
    var tx = motorhub.store().transactions();
    List<SmsMessage> all = new ArrayList<>();
    var page = tx.inTransaction(() -> outbox.list(Optional.of(status), PageRequest.first(100)));
    all.addAll(page.items());
    while (page.nextCursor().isPresent()) {
      var next = PageRequest.parse("100", page.nextCursor().get());
      page = tx.inTransaction(() -> outbox.list(Optional.of(status), next));
      all.addAll(page.items());
    }
    return all;
  }
}
