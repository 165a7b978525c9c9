package dev.motorhub.domain.carcare;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Locale;

/** Whether a mechanic is at work on a day. */
public enum AttendanceStatus {
  PRESENT,
  ABSENT;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AttendanceStatus parse(String text, String field) {
    String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (AttendanceStatus status : values()) {
      if (status.name().equals(wanted)) {
        return status;
      }
    }
    throw InvalidInput.of(field, "Select a valid choice: present, absent.");
  }
}
