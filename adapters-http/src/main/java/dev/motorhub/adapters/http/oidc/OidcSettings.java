package dev.motorhub.adapters.http.oidc;

import java.net.URI;
import java.util.Objects;

/**
 * Signing in with an OpenID Connect provider (Google by default): the provider's issuer, the OAuth
 * client the platform is registered as, and the public address the browser reaches the platform at,
 * which the provider redirects back to. The client secret never appears in {@link #toString()}.
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret, URI publicUrl) {
  public static final URI GOOGLE = URI.create("https://accounts.google.com");
  public static final String CALLBACK_PATH = "/auth/google/callback";

  public OidcSettings {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(publicUrl, "publicUrl");
    String base = publicUrl.toString();
    publicUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
  }

  /** Where the provider sends the browser back with the code. */
  public URI redirectUri() {
    return URI.create(publicUrl + CALLBACK_PATH);
  }

  /** Whether browsers reach the platform over HTTPS, so its cookies are {@code Secure}. */
  public boolean https() {
    return "https".equalsIgnoreCase(publicUrl.getScheme());
  }

  @Override
  public String toString() {
    return "OidcSettings[issuer="
        + issuer
        + ", clientId="
        + clientId
        + ", clientSecret=***, publicUrl="
        + publicUrl
        + "]";
  }
}
