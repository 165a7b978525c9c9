package dev.motorhub.domain.identity;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Optional;

/**
 * A phone kept as its holder typed it, such as My Cars' {@code 555-1234}: up to 32 printable
 * characters, surrounding spaces dropped. It names no number to send messages to.
 */
public record FreeTextPhone(String value) implements Phone {
  public static final int MAX_LENGTH = 32;

  public FreeTextPhone {
    value = value == null ? "" : value.strip();
    if (value.isEmpty()) {
      throw InvalidInput.of("phone_number", "This field may not be blank.");
    }
    if (value.length() > MAX_LENGTH) {
      throw InvalidInput.of(
          "phone_number", "Ensure this field has no more than " + MAX_LENGTH + " characters.");
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw InvalidInput.of("phone_number", "Enter a phone number without control characters.");
    }
  }

  @Override
  public Optional<PhoneNumber> e164() {
    return Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
