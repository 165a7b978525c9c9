package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.notifications.SmsReceipt;
import dev.motorhub.domain.notifications.SmsStatus;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@code SmsOutbox} keeps: each message with every field, paged in id order. */
public abstract class SmsOutboxContract extends StoreContract {

  static SmsMessage queued(String text, long minute) {
    return SmsMessage.queue(
        new SmsId(Fixtures.nextId()),
        new PhoneNumber("+254701036054"),
        text,
        "order",
        Fixtures.nextId(),
        at(minute));
  }

  @Test
  void aQueuedMessage_isFoundWithEveryField() {
    SmsMessage message = queued("Order for tyres at USD 100.00 created", 1);
    runTx(() -> store.smsOutbox().add(message));

    assertThat(inTx(() -> store.smsOutbox().findById(message.id()))).contains(message);
  }

  @Test
  void aMessageWithAReceiptAndAnError_isFoundAsStored() {
    SmsMessage q = queued("Your invoice is due in three days.", 1);
    SmsMessage sent =
        new SmsMessage(
            q.id(),
            q.to(),
            q.text(),
            q.subjectType(),
            q.subjectId(),
            SmsStatus.SENT,
            2,
            at(5),
            Optional.of("HTTP 500 from the gateway"),
            Optional.of(
                new SmsReceipt(
                    Optional.of("ATXid_1f2e3d"), 101, "Success", Optional.of("KES 0.8000"))),
            q.createdAt(),
            at(5));
    runTx(() -> store.smsOutbox().add(sent));

    assertThat(inTx(() -> store.smsOutbox().findById(sent.id()))).contains(sent);
  }

  @Test
  void anUnknownMessage_isNotFound() {
    assertThat(inTx(() -> store.smsOutbox().findById(new SmsId(Fixtures.nextId())))).isEmpty();
  }

  @Test
  void messages_arePagedInIdOrder() {
    List<SmsMessage> messages =
        IntStream.range(0, 5).mapToObj(i -> queued("Message " + i, i)).toList();
    runTx(() -> messages.forEach(store.smsOutbox()::add));

    var first = inTx(() -> store.smsOutbox().list(PageRequest.first(3)));
    var second = inTx(() -> store.smsOutbox().list(Fixtures.nextPage(first, 3)));

    assertThat(first.items()).containsExactlyElementsOf(messages.subList(0, 3));
    assertThat(second.items()).containsExactlyElementsOf(messages.subList(3, 5));
    assertThat(second.nextCursor()).isEmpty();
  }
}
