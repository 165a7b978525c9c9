package dev.motorhub.adapters.http;

import java.util.List;

/**
 * How the HTTP server behaves: the origins allowed by CORS (none: no CORS headers at all) and the
 * largest request body it reads.
 */
public record HttpSettings(List<String> corsOrigins, long maxBodyBytes) {
  public static final long DEFAULT_MAX_BODY_BYTES = 1_048_576;

  public HttpSettings {
    corsOrigins = List.copyOf(corsOrigins);
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
    }
  }

  public static HttpSettings defaults() {
    return new HttpSettings(List.of(), DEFAULT_MAX_BODY_BYTES);
  }
}
