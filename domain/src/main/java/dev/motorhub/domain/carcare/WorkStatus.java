package dev.motorhub.domain.carcare;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Locale;

/** What a mechanic is doing now: free for a job, on one, or not working. */
public enum WorkStatus {
  AVAILABLE,
  BUSY,
  OFF;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static WorkStatus parse(String text, String field) {
    String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (WorkStatus status : values()) {
      if (status.name().equals(wanted)) {
        return status;
      }
    }
    throw InvalidInput.of(field, "Select a valid choice: available, busy, off.");
  }
}
