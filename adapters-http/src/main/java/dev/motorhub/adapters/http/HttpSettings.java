package dev.motorhub.adapters.http;

import dev.motorhub.adapters.http.oidc.OidcSettings;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the HTTP server behaves: the origins allowed by CORS (none: no CORS headers at all), the
 * largest request body it reads, and signing in with Google (OpenID Connect), when configured.
 */
public record HttpSettings(
    List<String> corsOrigins, long maxBodyBytes, Optional<OidcSettings> googleSignIn) {
  public static final long DEFAULT_MAX_BODY_BYTES = 1_048_576;

  public HttpSettings {
    corsOrigins = List.copyOf(corsOrigins);
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
    }
    Objects.requireNonNull(googleSignIn, "googleSignIn");
  }

  /** Without sign-in through the browser. */
  public HttpSettings(List<String> corsOrigins, long maxBodyBytes) {
    this(corsOrigins, maxBodyBytes, Optional.empty());
  }

  public static HttpSettings defaults() {
    return new HttpSettings(List.of(), DEFAULT_MAX_BODY_BYTES);
  }

  /** These settings, signing in with the given provider. */
  public HttpSettings withGoogleSignIn(OidcSettings oidc) {
    return new HttpSettings(corsOrigins, maxBodyBytes, Optional.of(oidc));
  }
}
