package dev.motorhub.application.memory;

import dev.motorhub.application.notifications.SentReminders;
import dev.motorhub.domain.notifications.SentReminder;
import java.util.UUID;

/** The reminders sent, in memory, by their key. */
final class InMemorySentReminders implements SentReminders {
  private final Table<String, SentReminder> reminders;

  InMemorySentReminders(Table<String, SentReminder> reminders) {
    this.reminders = reminders;
  }

  @Override
  public boolean add(SentReminder reminder) {
    if (reminders.get(reminder.key()).isPresent()) {
      return false;
    }
    reminders.put(reminder.key(), reminder);
    return true;
  }

  @Override
  public boolean wasSent(String subjectType, UUID subjectId, String occasion) {
    return reminders.get(subjectType + "|" + subjectId + "|" + occasion).isPresent();
  }
}
