package dev.motorhub.domain.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects field messages while a command checks its input, so that one answer names every bad
 * field at once.
 */
public final class Violations {
  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  public Violations add(String field, String message) {
    errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    return this;
  }

  /** Runs a parse or check and records its {@link InvalidInput} instead of throwing it. */
  public <T> T capture(Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidInput invalid) {
      invalid.errors().forEach((field, messages) -> messages.forEach(m -> add(field, m)));
      return null;
    }
  }

  /**
   * Records that {@code field} is required when {@code value} is missing, unless the field has a
   * message already (a value that could not be read is not also missing).
   */
  public Violations require(Object value, String field) {
    if ((value == null || value instanceof String s && s.isBlank()) && !errors.containsKey(field)) {
      add(field, "This field is required.");
    }
    return this;
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }
}
