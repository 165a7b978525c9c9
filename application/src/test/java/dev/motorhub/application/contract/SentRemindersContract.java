package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.notifications.SentReminder;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@code SentReminders} keeps: each subject's reminder once an occasion. */
public abstract class SentRemindersContract extends StoreContract {
  private final UUID invoice = Fixtures.nextId();

  @Test
  void aReminder_isRecordedOnce_aSecondOfTheSameOccasionChangesNothing() {
    assertThat(inTx(() -> store.sentReminders().add(reminder(invoice, "due_soon", 1)))).isTrue();
    assertThat(inTx(() -> store.sentReminders().add(reminder(invoice, "due_soon", 2)))).isFalse();

    assertThat(inTx(() -> store.sentReminders().wasSent("invoice", invoice, "due_soon"))).isTrue();
  }

  @Test
  void otherOccasionsAndOtherSubjects_areRemindersOfTheirOwn() {
    runTx(() -> store.sentReminders().add(reminder(invoice, "due_soon", 1)));

    assertThat(inTx(() -> store.sentReminders().add(reminder(invoice, "overdue", 2)))).isTrue();
    assertThat(inTx(() -> store.sentReminders().add(reminder(Fixtures.nextId(), "due_soon", 3))))
        .isTrue();
    assertThat(inTx(() -> store.sentReminders().wasSent("subscription", invoice, "due_soon")))
        .isFalse();
  }

  @Test
  void aReminderOfAUnitOfWorkThatFailed_isNotKept() {
    try {
      runTx(
          () -> {
            store.sentReminders().add(reminder(invoice, "overdue", 1));
            throw new IllegalStateException("the notification failed");
          });
    } catch (IllegalStateException expected) {
      // The unit of work is undone.
    }

    assertThat(inTx(() -> store.sentReminders().wasSent("invoice", invoice, "overdue"))).isFalse();
  }

  private static SentReminder reminder(UUID subject, String occasion, long minute) {
    return new SentReminder("invoice", subject, occasion, at(minute));
  }
}
