package dev.motorhub.domain.carcare;

import dev.motorhub.domain.shared.RuleViolated;
import java.util.Optional;

/**
 * Keeps a mechanic's work status true to the facts: absent today means {@code off}, a job in
 * progress means {@code busy}; otherwise the mechanic or staff choose.
 */
public final class WorkStatusPolicy {

  /** The status the facts impose, if they impose one. */
  public Optional<WorkStatus> imposed(Optional<AttendanceStatus> today, boolean jobInProgress) {
    if (today.filter(s -> s == AttendanceStatus.ABSENT).isPresent()) {
      return Optional.of(WorkStatus.OFF);
    }
    return jobInProgress ? Optional.of(WorkStatus.BUSY) : Optional.empty();
  }

  /** Throws {@code RuleViolated} when the facts impose another status than {@code wanted}. */
  public void require(WorkStatus wanted, Optional<AttendanceStatus> today, boolean jobInProgress) {
    imposed(today, jobInProgress)
        .filter(forced -> forced != wanted)
        .ifPresent(
            forced -> {
              throw new RuleViolated(
                  forced == WorkStatus.OFF
                      ? "The mechanic is absent today, so their status is off."
                      : "The mechanic has a job in progress, so their status is busy.");
            });
  }
}
