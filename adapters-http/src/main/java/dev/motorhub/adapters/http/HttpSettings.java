package dev.motorhub.adapters.http;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the HTTP server behaves: the origins allowed by CORS (none: no CORS headers at all), the
 * largest request body it reads, and the secret the SMS provider's delivery reports must carry
 * (none: they are refused). The secret never appears in {@link #toString()}.
 */
public record HttpSettings(
    List<String> corsOrigins, long maxBodyBytes, Optional<String> smsCallbackSecret) {
  public static final long DEFAULT_MAX_BODY_BYTES = 1_048_576;

  public HttpSettings {
    corsOrigins = List.copyOf(corsOrigins);
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
    }
    Objects.requireNonNull(smsCallbackSecret, "smsCallbackSecret");
  }

  /** The settings with no SMS callback secret. */
  public HttpSettings(List<String> corsOrigins, long maxBodyBytes) {
    this(corsOrigins, maxBodyBytes, Optional.empty());
  }

  public static HttpSettings defaults() {
    return new HttpSettings(List.of(), DEFAULT_MAX_BODY_BYTES);
  }

  @Override
  public String toString() {
    return "HttpSettings[corsOrigins="
        + corsOrigins
        + ", maxBodyBytes="
        + maxBodyBytes
        + ", smsCallbackSecret="
        + smsCallbackSecret.map(s -> "(hidden)").orElse("(none)")
        + "]";
  }
}
