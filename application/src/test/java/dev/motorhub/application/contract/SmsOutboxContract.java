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

    var first = inTx(() -> store.smsOutbox().list(Optional.empty(), PageRequest.first(3)));
    var second = inTx(() -> store.smsOutbox().list(Optional.empty(), Fixtures.nextPage(first, 3)));

    assertThat(first.items()).containsExactlyElementsOf(messages.subList(0, 3));
    assertThat(second.items()).containsExactlyElementsOf(messages.subList(3, 5));
    assertThat(second.nextCursor()).isEmpty();
  }

  static SmsReceipt receipt(String messageId) {
    return new SmsReceipt(Optional.of(messageId), 101, "Success", Optional.of("KES 0.8000"));
  }

  @Test
  void anUpdate_replacesEveryChangingField() {
    SmsMessage q = queued("Your car is ready.", 1);
    runTx(() -> store.smsOutbox().add(q));
    SmsMessage sent = q.claim(at(2), at(4)).sent(receipt("ATXid_up"), at(3));

    runTx(() -> store.smsOutbox().update(sent));

    assertThat(inTx(() -> store.smsOutbox().findById(q.id()))).contains(sent);
    SmsMessage failed = sent.report(SmsStatus.FAILED, Optional.of("AbsentSubscriber"), at(5));
    runTx(() -> store.smsOutbox().update(failed));
    assertThat(inTx(() -> store.smsOutbox().findById(q.id()))).contains(failed);
  }

  @Test
  void lockDue_takesPendingMessagesDueByThen_longestDueFirst_upToTheLimit() {
    SmsMessage late = queued("late", 3);
    SmsMessage early = queued("early", 1);
    SmsMessage middle = queued("middle", 2);
    SmsMessage future = queued("future", 10);
    SmsMessage done = queued("done", 0).claim(at(0), at(1)).sent(receipt("ATXid_done"), at(0));
    runTx(() -> List.of(late, early, middle, future, done).forEach(store.smsOutbox()::add));

    assertThat(inTx(() -> store.smsOutbox().lockDue(at(3), 10)))
        .containsExactly(early, middle, late);
    assertThat(inTx(() -> store.smsOutbox().lockDue(at(3), 2))).containsExactly(early, middle);
    assertThat(inTx(() -> store.smsOutbox().lockDue(at(0), 10))).isEmpty();
  }

  @Test
  void aMessage_isFoundAndLockedByItsReceipt() {
    SmsMessage sent = queued("Receipt", 1).claim(at(1), at(3)).sent(receipt("ATXid_4711"), at(2));
    runTx(() -> store.smsOutbox().add(sent));
    runTx(() -> store.smsOutbox().add(queued("Other", 1)));

    assertThat(inTx(() -> store.smsOutbox().lockByReceipt("ATXid_4711"))).contains(sent);
    assertThat(inTx(() -> store.smsOutbox().lock(sent.id()))).contains(sent);
    assertThat(inTx(() -> store.smsOutbox().lockByReceipt("ATXid_none"))).isEmpty();
  }

  @Test
  void messages_areListedByStatus() {
    SmsMessage pending = queued("pending", 1);
    SmsMessage sent = queued("sent", 2).claim(at(2), at(3)).sent(receipt("ATXid_s"), at(2));
    SmsMessage failed =
        queued("failed", 3).claim(at(3), at(4)).fail("InvalidPhoneNumber", Optional.empty(), at(3));
    runTx(() -> List.of(pending, sent, failed).forEach(store.smsOutbox()::add));

    assertThat(
            inTx(
                () ->
                    store
                        .smsOutbox()
                        .list(Optional.of(SmsStatus.FAILED), PageRequest.first(10))
                        .items()))
        .containsExactly(failed);
    assertThat(
            inTx(
                () ->
                    store
                        .smsOutbox()
                        .list(Optional.of(SmsStatus.PENDING), PageRequest.first(10))
                        .items()))
        .containsExactly(pending);
    assertThat(inTx(() -> store.smsOutbox().list(Optional.empty(), PageRequest.first(10)).items()))
        .containsExactly(pending, sent, failed);
  }
}
