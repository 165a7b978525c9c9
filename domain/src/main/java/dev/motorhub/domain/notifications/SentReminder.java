package dev.motorhub.domain.notifications;

import dev.motorhub.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A reminder sent once: what it was about ({@code subjectType} and {@code subjectId}, such as an
 * invoice), on which {@code occasion} (due soon, overdue, a subscription's end), and when. One
 * subject is reminded once an occasion.
 */
public record SentReminder(String subjectType, UUID subjectId, String occasion, Instant sentAt) {
  public SentReminder {
    subjectType = Text.required(subjectType, "subject_type", 30);
    Objects.requireNonNull(subjectId, "subjectId");
    occasion = Text.required(occasion, "occasion", 60);
    Objects.requireNonNull(sentAt, "sentAt");
  }

  /** The key that makes it once: the subject and the occasion. */
  public String key() {
    return subjectType + "|" + subjectId + "|" + occasion;
  }
}
