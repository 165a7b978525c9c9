package dev.motorhub.bootstrap;

import dev.motorhub.adapters.http.oidc.OidcSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the settings of signing in with Google: on when {@code MOTORHUB_GOOGLE_CLIENT_ID} is set,
 * which then needs the client's secret and the platform's public address; the issuer is Google's
 * unless {@code MOTORHUB_OIDC_ISSUER} names another OpenID provider. Every value is checked, set or
 * not, and a complaint names its variable, never the secret.
 */
final class GoogleSignInSettings {
  static final String CLIENT_ID = "MOTORHUB_GOOGLE_CLIENT_ID";
  static final String CLIENT_SECRET = "MOTORHUB_GOOGLE_CLIENT_SECRET";
  static final String ISSUER = "MOTORHUB_OIDC_ISSUER";
  static final String PUBLIC_URL = "MOTORHUB_PUBLIC_URL";
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

  private GoogleSignInSettings() {}

  /** The settings, from a reader of optional variables ({@code name -> value}). */
  static Optional<OidcSettings> read(Function<String, Optional<String>> env) {
    URI issuer = address(ISSUER, env.apply(ISSUER).orElse(OidcSettings.GOOGLE.toString()), true);
    Optional<URI> publicUrl = env.apply(PUBLIC_URL).map(v -> address(PUBLIC_URL, v, false));
    Optional<String> clientId = env.apply(CLIENT_ID);
    Optional<String> secret = env.apply(CLIENT_SECRET);
    if (clientId.isEmpty()) {
      if (secret.isPresent()) {
        throw new SettingsError(CLIENT_SECRET + " is set without " + CLIENT_ID + ".");
      }
      return Optional.empty();
    }
    if (secret.isEmpty()) {
      throw new SettingsError(
          CLIENT_SECRET + " is required with " + CLIENT_ID + ": the OAuth client's secret.");
    }
    if (publicUrl.isEmpty()) {
      throw new SettingsError(
          PUBLIC_URL
              + " is required with "
              + CLIENT_ID
              + ": the address browsers reach Motorhub at, such as https://motorhub.example.com;"
              + " Google sends them back to it at "
              + OidcSettings.CALLBACK_PATH
              + ".");
    }
    return Optional.of(new OidcSettings(issuer, clientId.get(), secret.get(), publicUrl.get()));
  }

  /**
   * An absolute http(s) address with a host and nothing after it but an optional path (only the
   * issuer may have one); plain HTTP only on the loopback, where tests and local runs live.
   */
  private static URI address(String name, String value, boolean pathAllowed) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw invalid(name, value);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    boolean path =
        uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/");
    if (uri.getHost() == null
        || !(scheme.equals("https") || scheme.equals("http"))
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null
        || (path && !pathAllowed)) {
      throw invalid(name, value);
    }
    if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase())) {
      throw new SettingsError(
          name + " must use https (plain http only on localhost), not '" + value + "'.");
    }
    return uri;
  }

  private static SettingsError invalid(String name, String value) {
    return new SettingsError(
        name
            + " must be an http(s) address such as https://motorhub.example.com, without query or"
            + " fragment, not '"
            + value
            + "'.");
  }
}
