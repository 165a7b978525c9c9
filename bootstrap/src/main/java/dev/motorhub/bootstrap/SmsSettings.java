package dev.motorhub.bootstrap;

import dev.motorhub.adapters.sms.AfricasTalkingConfig;
import dev.motorhub.application.notifications.SmsDispatchSettings;
import dev.motorhub.domain.notifications.SmsRetryPolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The SMS settings: the provider ({@code none}: messages are logged, not sent; or Africa's Talking
 * with its account), the secret that the provider's delivery reports carry, and how often and how
 * far apart a failed message is tried again. Secrets never appear in {@link #toString()}.
 */
record SmsSettings(
    Optional<AfricasTalkingConfig> africasTalking,
    Optional<String> callbackSecret,
    int maxAttempts,
    Duration backoff,
    Duration maxBackoff) {

  /** The shortest callback secret accepted. */
  static final int MIN_SECRET = 16;

  static SmsSettings from(Settings.Reader read) {
    String provider =
        read.optional("MOTORHUB_SMS_PROVIDER").orElse("none").toLowerCase(Locale.ROOT);
    Optional<String> username = read.optional("MOTORHUB_AT_USERNAME");
    Optional<String> apiKey = read.optional("MOTORHUB_AT_API_KEY");
    Optional<String> senderId = read.optional("MOTORHUB_AT_SENDER_ID");
    URI baseUrl =
        baseUrl(read.optional("MOTORHUB_AT_BASE_URL").orElse(AfricasTalkingConfig.LIVE.toString()));
    Optional<AfricasTalkingConfig> africasTalking =
        switch (provider) {
          case "none" -> Optional.empty();
          case "africastalking" -> {
            if (username.isEmpty() || apiKey.isEmpty()) {
              throw new SettingsError(
                  "MOTORHUB_SMS_PROVIDER=africastalking needs MOTORHUB_AT_USERNAME and"
                      + " MOTORHUB_AT_API_KEY ('sandbox' and the sandbox's key to try it).");
            }
            if (senderId.isPresent()
                && senderId.get().length() > 11
                && !senderId.get().matches("\\d+")) {
              throw new SettingsError(
                  "MOTORHUB_AT_SENDER_ID must be an alphanumeric sender id of at most 11"
                      + " characters or a short code.");
            }
            yield Optional.of(
                AfricasTalkingConfig.live(username.get(), apiKey.get(), senderId).at(baseUrl));
          }
          default ->
              throw new SettingsError(
                  "MOTORHUB_SMS_PROVIDER must be none or africastalking, not '" + provider + "'.");
        };
    Optional<String> secret = read.optional("MOTORHUB_SMS_CALLBACK_SECRET");
    if (secret.isPresent()
        && (secret.get().length() < MIN_SECRET || !secret.get().matches("[A-Za-z0-9._~-]+"))) {
      throw new SettingsError(
          "MOTORHUB_SMS_CALLBACK_SECRET must be at least "
              + MIN_SECRET
              + " characters of letters, digits and . _ ~ - (it goes in a URL).");
    }
    int maxAttempts = read.integer("MOTORHUB_SMS_MAX_ATTEMPTS", 8, 1, 50);
    int backoff = read.integer("MOTORHUB_SMS_BACKOFF_SECONDS", 30, 1, 3600);
    int maxBackoff = read.integer("MOTORHUB_SMS_MAX_BACKOFF_SECONDS", 3600, 1, 86_400);
    if (maxBackoff < backoff) {
      throw new SettingsError(
          "MOTORHUB_SMS_MAX_BACKOFF_SECONDS must be at least MOTORHUB_SMS_BACKOFF_SECONDS.");
    }
    return new SmsSettings(
        africasTalking,
        secret,
        maxAttempts,
        Duration.ofSeconds(backoff),
        Duration.ofSeconds(maxBackoff));
  }

  private static URI baseUrl(String text) {
    try {
      URI uri = new URI(text);
      if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new URISyntaxException(text, "not an http(s) URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new SettingsError(
          "MOTORHUB_AT_BASE_URL must be an http(s) URL such as "
              + AfricasTalkingConfig.SANDBOX
              + ".");
    }
  }

  /** How the outbox is dispatched: fifty a call, a two-minute claim, these retries. */
  SmsDispatchSettings dispatch() {
    return SmsDispatchSettings.defaults()
        .withRetries(new SmsRetryPolicy(maxAttempts, backoff, maxBackoff));
  }

  @Override
  public String toString() {
    return "SmsSettings[africasTalking="
        + africasTalking
        + ", callbackSecret="
        + callbackSecret.map(s -> "(hidden)").orElse("(none)")
        + ", maxAttempts="
        + maxAttempts
        + ", backoff="
        + backoff
        + ", maxBackoff="
        + maxBackoff
        + "]";
  }
}
