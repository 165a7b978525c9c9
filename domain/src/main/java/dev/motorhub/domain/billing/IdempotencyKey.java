package dev.motorhub.domain.billing;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A client's {@code Idempotency-Key} and the request it was sent with: the same key from the same
 * payer is one payment, however often it arrives; with another request it is refused.
 */
public record IdempotencyKey(String key, String request) {
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

  public IdempotencyKey {
    if (key == null || !KEY.matcher(key).matches()) {
      throw InvalidInput.of(
          "Idempotency-Key", "Use 1 to 255 visible ASCII characters, such as a UUID.");
    }
    Objects.requireNonNull(request, "request");
  }
}
