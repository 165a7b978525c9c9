package dev.motorhub.domain.billing;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** Where an invoice stands on a given day: overdue is an open invoice past its due date. */
public enum InvoiceStatus {
  OPEN,
  OVERDUE,
  PAID,
  VOID;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static InvoiceStatus parse(String text, String field) {
    String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(s -> s.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () -> InvalidInput.of(field, "Select a valid choice: open, overdue, paid, void."));
  }
}
