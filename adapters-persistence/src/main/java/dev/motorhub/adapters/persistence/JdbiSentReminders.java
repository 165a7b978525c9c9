package dev.motorhub.adapters.persistence;

import dev.motorhub.application.notifications.SentReminders;
import dev.motorhub.domain.notifications.SentReminder;
import java.util.UUID;

/**
 * Reminders sent, in {@code sent_reminders}: its primary key is the subject and the occasion, and a
 * second insert of one does nothing (waiting for a unit of work that is inserting it to end).
 */
final class JdbiSentReminders implements SentReminders {
  private final JdbiTransactions tx;

  JdbiSentReminders(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public boolean add(SentReminder reminder) {
    return tx.withHandle(
            h ->
                h.createUpdate(
                        """
                        insert into sent_reminders (subject_type, subject_id, occasion, sent_at)
                        values (:subjectType, :subjectId, :occasion, :sentAt)
                        on conflict do nothing""")
                    .bind("subjectType", reminder.subjectType())
                    .bind("subjectId", reminder.subjectId())
                    .bind("occasion", reminder.occasion())
                    .bind("sentAt", reminder.sentAt())
                    .execute())
        == 1;
  }

  @Override
  public boolean wasSent(String subjectType, UUID subjectId, String occasion) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    """
                    select exists (select 1 from sent_reminders where subject_type = :subjectType
                      and subject_id = :subjectId and occasion = :occasion)""")
                .bind("subjectType", subjectType)
                .bind("subjectId", subjectId)
                .bind("occasion", occasion)
                .mapTo(Boolean.class)
                .one());
  }
}
