package dev.motorhub.adapters.sms;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Africa's Talking: its base URL ({@link #LIVE}, or {@link #SANDBOX} with the user
 * name {@code sandbox}), the account's user name and API key, the sender id messages come from (the
 * account's default when empty), and how long to wait to connect and for an answer. The API key
 * never appears in {@link #toString()}.
 */
public record AfricasTalkingConfig(
    URI baseUrl,
    String username,
    String apiKey,
    Optional<String> senderId,
    Duration connectTimeout,
    Duration requestTimeout) {

  /** The live API. */
  public static final URI LIVE = URI.create("https://api.africastalking.com");

  /** The sandbox API, for the user name {@code sandbox} and the sandbox's API key. */
  public static final URI SANDBOX = URI.create("https://api.sandbox.africastalking.com");

  public AfricasTalkingConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (!"https".equals(baseUrl.getScheme()) && !"http".equals(baseUrl.getScheme())) {
      throw new IllegalArgumentException("baseUrl must be an http or https URL");
    }
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("username is required");
    }
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey is required");
    }
    Objects.requireNonNull(senderId, "senderId");
    senderId = senderId.filter(s -> !s.isBlank());
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
  }

  /** The live API with a five-second connect and fifteen-second answer timeout. */
  public static AfricasTalkingConfig live(
      String username, String apiKey, Optional<String> senderId) {
    return new AfricasTalkingConfig(
        LIVE, username, apiKey, senderId, Duration.ofSeconds(5), Duration.ofSeconds(15));
  }

  /** The same account at another base URL (the sandbox, or a test server). */
  public AfricasTalkingConfig at(URI otherBaseUrl) {
    return new AfricasTalkingConfig(
        otherBaseUrl, username, apiKey, senderId, connectTimeout, requestTimeout);
  }

  /** The same account with other timeouts. */
  public AfricasTalkingConfig timeouts(Duration connect, Duration request) {
    return new AfricasTalkingConfig(baseUrl, username, apiKey, senderId, connect, request);
  }

  /** Where messages are posted: {@code {baseUrl}/version1/messaging}. */
  public URI messagingUri() {
    String base = baseUrl.toString();
    return URI.create((base.endsWith("/") ? base : base + "/") + "version1/messaging");
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  @Override
  public String toString() {
    return "AfricasTalkingConfig[baseUrl="
        + baseUrl
        + ", username="
        + username
        + ", apiKey=(hidden), senderId="
        + senderId.orElse("(default)")
        + "]";
  }
}
