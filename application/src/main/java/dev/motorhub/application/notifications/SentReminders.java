package dev.motorhub.application.notifications;

import dev.motorhub.domain.notifications.SentReminder;
import java.util.UUID;

/** The reminders sent so far, each subject once an occasion, so that none is ever sent twice. */
public interface SentReminders {
  /**
   * Records {@code reminder} as sent, in the caller's unit of work; answers false, changing
   * nothing, when that subject was reminded on that occasion already (by this unit of work or
   * another one, which this waits for if it is still running).
   */
  boolean add(SentReminder reminder);

  /** Whether the subject was reminded on the occasion. */
  boolean wasSent(String subjectType, UUID subjectId, String occasion);
}
