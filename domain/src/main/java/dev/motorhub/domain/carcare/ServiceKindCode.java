package dev.motorhub.domain.carcare;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/** The stable code of a service kind, such as {@code oil_change}: what requests and skills name. */
public record ServiceKindCode(String value) {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,39}");

  public ServiceKindCode {
    value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (!CODE.matcher(value).matches()) {
      throw InvalidInput.of(
          "service_kind",
          "Use a code of 2 to 40 lower-case letters, digits or _, such as oil_change.");
    }
  }

  /** Parses a code a client sent in {@code field}, naming that field when it is malformed. */
  public static ServiceKindCode parse(String text, String field) {
    try {
      return new ServiceKindCode(text);
    } catch (InvalidInput invalid) {
      throw InvalidInput.of(field, invalid.errors().get("service_kind").getFirst());
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
