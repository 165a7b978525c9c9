package dev.motorhub.domain.identity;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** Whether an account may sign in: only an active one may. */
public enum AccountStatus {
  ACTIVE,
  SUSPENDED,
  DEACTIVATED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AccountStatus parse(String text, String field) {
    String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(s -> s.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () -> InvalidInput.of(field, "Select a valid choice: active, suspended, deactivated."));
  }
}
