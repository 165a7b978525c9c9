package dev.motorhub.domain.carcare;

import dev.motorhub.domain.identity.UserId;
import java.time.Instant;
import java.util.Objects;

/** One change of a mechanic's work status, kept with its time: the latest is the current one. */
public record WorkStatusChange(
    WorkStatusChangeId id, MechanicId mechanic, WorkStatus status, UserId by, Instant at) {
  public WorkStatusChange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(mechanic, "mechanic");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
  }
}
