package dev.motorhub.adapters.http;

import dev.motorhub.adapters.http.oidc.OidcSettings;
import dev.motorhub.adapters.http.ops.AddressRange;
import java.net.InetAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * How the HTTP server behaves: the origins allowed by CORS (none: no CORS headers at all), the
 * largest request body it reads, signing in with Google (OpenID Connect) when configured, the
 * secret the SMS provider's delivery reports must carry (none: they are refused), the id of this
 * instance that every response carries in {@code X-Instance}, the proxies (load balancers) whose
 * {@code X-Forwarded-For} names the client, and the addresses {@code /metrics} is open to without a
 * token. The secret never appears in {@link #toString()}.
 */
public record HttpSettings(
    List<String> corsOrigins,
    long maxBodyBytes,
    Optional<OidcSettings> googleSignIn,
    Optional<String> smsCallbackSecret,
    String instanceId,
    Set<InetAddress> trustedProxies,
    List<AddressRange> metricsAllowed) {
  public static final long DEFAULT_MAX_BODY_BYTES = 1_048_576;

  /** What an instance id may be: 1 to 64 of {@code A-Z a-z 0-9 . _ : -}, safe in a header. */
  public static final Pattern INSTANCE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  public HttpSettings {
    corsOrigins = List.copyOf(corsOrigins);
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
    }
    Objects.requireNonNull(googleSignIn, "googleSignIn");
    Objects.requireNonNull(smsCallbackSecret, "smsCallbackSecret");
    if (!INSTANCE_ID.matcher(instanceId).matches()) {
      throw new IllegalArgumentException("instanceId must be 1-64 of A-Z a-z 0-9 . _ : -");
    }
    trustedProxies = Set.copyOf(trustedProxies);
    metricsAllowed = List.copyOf(metricsAllowed);
  }

  /**
   * Without sign-in through the browser, with no SMS callback secret, a random instance id, no
   * proxy trusted, and {@code /metrics} open without a token from the machine itself.
   */
  public HttpSettings(List<String> corsOrigins, long maxBodyBytes) {
    this(
        corsOrigins,
        maxBodyBytes,
        Optional.empty(),
        Optional.empty(),
        randomInstanceId(),
        Set.of(),
        AddressRange.LOOPBACK);
  }

  /** Eight random hexadecimal digits: the id of an instance not given one. */
  public static String randomInstanceId() {
    return HexFormat.of().toHexDigits(RandomGenerator.getDefault().nextInt());
  }

  public static HttpSettings defaults() {
    return new HttpSettings(List.of(), DEFAULT_MAX_BODY_BYTES);
  }

  /** These settings, signing in with the given provider. */
  public HttpSettings withGoogleSignIn(OidcSettings oidc) {
    return new HttpSettings(
        corsOrigins,
        maxBodyBytes,
        Optional.of(oidc),
        smsCallbackSecret,
        instanceId,
        trustedProxies,
        metricsAllowed);
  }

  /** These settings, taking delivery reports that carry {@code secret}. */
  public HttpSettings withSmsCallbackSecret(String secret) {
    return new HttpSettings(
        corsOrigins,
        maxBodyBytes,
        googleSignIn,
        Optional.of(secret),
        instanceId,
        trustedProxies,
        metricsAllowed);
  }

  /**
   * These settings, taking the client's address from {@code X-Forwarded-For} of {@code proxies}.
   */
  public HttpSettings withTrustedProxies(Set<InetAddress> proxies) {
    return new HttpSettings(
        corsOrigins,
        maxBodyBytes,
        googleSignIn,
        smsCallbackSecret,
        instanceId,
        proxies,
        metricsAllowed);
  }

  /** These settings, {@code /metrics} open without a token to callers from {@code allowed}. */
  public HttpSettings withMetricsAllowed(List<AddressRange> allowed) {
    return new HttpSettings(
        corsOrigins,
        maxBodyBytes,
        googleSignIn,
        smsCallbackSecret,
        instanceId,
        trustedProxies,
        allowed);
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
        + ", instanceId="
        + instanceId
        + ", trustedProxies="
        + trustedProxies
        + ", metricsAllowed="
        + metricsAllowed
        + "]";
  }
}
