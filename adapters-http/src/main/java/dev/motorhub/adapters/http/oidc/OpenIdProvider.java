package dev.motorhub.adapters.http.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The OpenID provider as the platform talks to it over HTTP: its discovery document (read on the
 * first sign-in and kept; read again after a failure), the address a browser is sent to, and the
 * token endpoint that trades a code and its PKCE verifier for the ID token.
 */
final class OpenIdProvider {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OidcSettings settings;
  private final HttpClient http;
  private volatile ProviderMetadata metadata;

  OpenIdProvider(OidcSettings settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  OidcSettings settings() {
    return settings;
  }

  /** The discovery document's values, fetched once. */
  ProviderMetadata metadata() {
    ProviderMetadata known = metadata;
    if (known == null) {
      String base = settings.issuer().toString();
      URI discovery =
          URI.create(
              (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                  + "/.well-known/openid-configuration");
      HttpResponse<String> answer = send(HttpRequest.newBuilder(discovery).GET(), "discovery");
      if (answer.statusCode() != 200) {
        throw SignInRefused.unavailable("discovery answered " + answer.statusCode());
      }
      known = ProviderMetadata.read(parse(answer.body(), "discovery"), settings.issuer());
      metadata = known;
    }
    return known;
  }

  /** Where to send the browser: the authorization request of the code flow with PKCE (S256). */
  URI authorizationUri(String state, String nonce, String challenge) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", settings.clientId());
    query.put("redirect_uri", settings.redirectUri().toString());
    query.put("scope", "openid email profile");
    query.put("state", state);
    query.put("nonce", nonce);
    query.put("code_challenge", challenge);
    query.put("code_challenge_method", "S256");
    URI endpoint = metadata().authorizationEndpoint();
    String separator = endpoint.getRawQuery() == null ? "?" : "&";
    return URI.create(endpoint + separator + form(query));
  }

  /** Trades the code for the provider's answer, whose {@code id_token} is returned unverified. */
  String exchange(String code, String verifier) {
    ProviderMetadata provider = metadata();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("grant_type", "authorization_code");
    fields.put("code", code);
    fields.put("redirect_uri", settings.redirectUri().toString());
    fields.put("code_verifier", verifier);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(provider.tokenEndpoint())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json");
    if (provider.secretInForm()) {
      fields.put("client_id", settings.clientId());
      fields.put("client_secret", settings.clientSecret());
    } else {
      // RFC 6749, 2.3.1: both parts form-encoded, then as HTTP Basic credentials.
      String credentials = encode(settings.clientId()) + ":" + encode(settings.clientSecret());
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> answer =
        send(request.POST(HttpRequest.BodyPublishers.ofString(form(fields))), "token endpoint");
    if (answer.statusCode() >= 400 && answer.statusCode() < 500) {
      String error = parse(answer.body(), "token endpoint").path("error").asText("unknown");
      throw SignInRefused.bad(
          "Google did not accept this sign-in. Please sign in again.",
          "the token endpoint refused the code: " + error.replaceAll("[^A-Za-z0-9_]", ""));
    }
    if (answer.statusCode() != 200) {
      throw SignInRefused.unavailable("the token endpoint answered " + answer.statusCode());
    }
    String idToken = parse(answer.body(), "token endpoint").path("id_token").asText("");
    if (idToken.isEmpty()) {
      throw SignInRefused.unavailable("the token endpoint's answer holds no id_token");
    }
    return idToken;
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String what) {
    try {
      return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw SignInRefused.unavailable(what + " unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw SignInRefused.unavailable(what + " interrupted");
    }
  }

  private static JsonNode parse(String body, String what) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw SignInRefused.unavailable(what + " answered something other than JSON");
    }
  }

  private static String form(Map<String, String> fields) {
    StringJoiner joined = new StringJoiner("&");
    fields.forEach((name, value) -> joined.add(encode(name) + "=" + encode(value)));
    return joined.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
