package dev.motorhub.application.customers;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Locale;

/** The two kinds of customer a list may be narrowed to: with an account, or standalone. */
public enum CustomerKind {
  ACCOUNT,
  STANDALONE;

  /** The kind as clients name it: {@code account} or {@code standalone}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  static CustomerKind parse(String text) {
    for (CustomerKind kind : values()) {
      if (kind.wire().equals(text.strip())) {
        return kind;
      }
    }
    throw InvalidInput.of("kind", "Select a valid choice: account or standalone.");
  }
}
