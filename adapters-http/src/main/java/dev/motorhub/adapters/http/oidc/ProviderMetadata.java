package dev.motorhub.adapters.http.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;

/**
 * What the provider's discovery document ({@code /.well-known/openid-configuration}) says about it:
 * its issuer, where to send the browser, where to trade the code, where its keys are, and how a
 * client proves itself at the token endpoint.
 */
record ProviderMetadata(
    String issuer,
    URI authorizationEndpoint,
    URI tokenEndpoint,
    URI jwksUri,
    Set<String> tokenAuthMethods) {

  /** Whether the client sends its secret in the form rather than as HTTP Basic credentials. */
  boolean secretInForm() {
    return !tokenAuthMethods.isEmpty()
        && !tokenAuthMethods.contains("client_secret_basic")
        && tokenAuthMethods.contains("client_secret_post");
  }

  /**
   * The document's values; it must be the configured issuer's own (OpenID Connect Discovery 1.0,
   * section 4.3) and name the three endpoints.
   */
  static ProviderMetadata read(JsonNode document, URI configuredIssuer) {
    String issuer = document.path("issuer").asText("");
    if (!issuer.equals(configuredIssuer.toString())) {
      throw SignInRefused.unavailable(
          "the discovery document names the issuer '" + issuer + "', not " + configuredIssuer);
    }
    Set<String> methods = new HashSet<>();
    document.path("token_endpoint_auth_methods_supported").forEach(m -> methods.add(m.asText()));
    return new ProviderMetadata(
        issuer,
        endpoint(document, "authorization_endpoint"),
        endpoint(document, "token_endpoint"),
        endpoint(document, "jwks_uri"),
        Set.copyOf(methods));
  }

  private static URI endpoint(JsonNode document, String name) {
    String value = document.path(name).asText("");
    try {
      URI uri = new URI(value);
      if (uri.isAbsolute() && uri.getHost() != null) {
        return uri;
      }
    } catch (java.net.URISyntaxException e) {
      // refused below
    }
    throw SignInRefused.unavailable("the discovery document has no usable " + name);
  }
}
