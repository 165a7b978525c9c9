package dev.motorhub.domain.shared;

import java.util.List;
import java.util.Map;

/** The input is malformed; {@link #errors()} holds the messages per field. */
public final class InvalidInput extends Failure {
  private static final long serialVersionUID = 1L;
  private final transient Map<String, List<String>> errors;

  public InvalidInput(Map<String, List<String>> errors) {
    super("Invalid input: " + String.join(", ", errors.keySet()) + ".");
    this.errors = Map.copyOf(errors);
  }

  /** One field, one message. */
  public static InvalidInput of(String field, String message) {
    return new InvalidInput(Map.of(field, List.of(message)));
  }

  public Map<String, List<String>> errors() {
    return errors;
  }

  @Override
  public String code() {
    return "invalid_input";
  }
}
