package dev.motorhub.adapters.http;

import dev.motorhub.adapters.http.oidc.OidcSettings;
import dev.motorhub.adapters.http.ops.AddressRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the HTTP server behaves: the origins allowed by CORS (none: no CORS headers at all), the
 * largest request body it reads, signing in with Google (OpenID Connect) when configured, and the
 * secret the SMS provider's delivery reports must carry (none: they are refused), and the addresses
 * {@code /metrics} is open to without a token. The secret never appears in {@link #toString()}.
 */
public record HttpSettings(
    List<String> corsOrigins,
    long maxBodyBytes,
    Optional<OidcSettings> googleSignIn,
    Optional<String> smsCallbackSecret,
    List<AddressRange> metricsAllowed) {
  public static final long DEFAULT_MAX_BODY_BYTES = 1_048_576;

  public HttpSettings {
    corsOrigins = List.copyOf(corsOrigins);
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
    }
    Objects.requireNonNull(googleSignIn, "googleSignIn");
    Objects.requireNonNull(smsCallbackSecret, "smsCallbackSecret");
    metricsAllowed = List.copyOf(metricsAllowed);
  }

  /**
   * Without sign-in through the browser, with no SMS callback secret, and {@code /metrics} open
   * without a token from the machine itself.
   */
  public HttpSettings(List<String> corsOrigins, long maxBodyBytes) {
    this(corsOrigins, maxBodyBytes, Optional.empty(), Optional.empty(), AddressRange.LOOPBACK);
  }

  public static HttpSettings defaults() {
    return new HttpSettings(List.of(), DEFAULT_MAX_BODY_BYTES);
  }

  /** These settings, signing in with the given provider. */
  public HttpSettings withGoogleSignIn(OidcSettings oidc) {
    return new HttpSettings(
        corsOrigins, maxBodyBytes, Optional.of(oidc), smsCallbackSecret, metricsAllowed);
  }

  /** These settings, taking delivery reports that carry {@code secret}. */
  public HttpSettings withSmsCallbackSecret(String secret) {
    return new HttpSettings(
        corsOrigins, maxBodyBytes, googleSignIn, Optional.of(secret), metricsAllowed);
  }

  /** These settings, {@code /metrics} open without a token to callers from {@code allowed}. */
  public HttpSettings withMetricsAllowed(List<AddressRange> allowed) {
    return new HttpSettings(corsOrigins, maxBodyBytes, googleSignIn, smsCallbackSecret, allowed);
  }

  @Override
  public String toString() {
    return "HttpSettings[corsOrigins="
        + corsOrigins
        + ", maxBodyBytes="
        + maxBodyBytes
        + ", googleSignIn="
        + googleSignIn
        + ", smsCallbackSecret="
        + smsCallbackSecret.map(s -> "(hidden)").orElse("(none)")
        + ", metricsAllowed="
        + metricsAllowed
        + "]";
  }
}
