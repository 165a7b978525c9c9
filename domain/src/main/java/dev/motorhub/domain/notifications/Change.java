package dev.motorhub.domain.notifications;

import dev.motorhub.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A change someone may have to be told of later: what changed ({@code subjectType} and {@code
 * subjectId}, such as a trade opened or repriced, a vehicle or a saved search changed) and when. It
 * is queued in the unit of work of the change and taken off by the job that tells of it.
 */
public record Change(UUID id, String subjectType, UUID subjectId, Instant changedAt) {
  public static final String TRADE = "trade";
  public static final String VEHICLE = "vehicle";
  public static final String PREFERENCE = "preference";

  public Change {
    Objects.requireNonNull(id, "id");
    subjectType = Text.required(subjectType, "subject_type", 30);
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(changedAt, "changedAt");
  }
}
