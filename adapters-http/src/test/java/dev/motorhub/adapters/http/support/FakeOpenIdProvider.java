package dev.motorhub.adapters.http.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A real OpenID provider on a random local port, for tests: a discovery document, a JWKS, an
 * authorization endpoint that signs in whoever {@link #signsIn} names at once and redirects back
 * with a code, and a token endpoint that checks that code (once), the client's credentials, the
 * redirect URI and the PKCE verifier, then answers an RS256 ID token. Tests bend what it signs
 * ({@link #tamper}, {@link #signWithAStrangersKey}) to see each refusal.
 */
public final class FakeOpenIdProvider implements AutoCloseable {
  public static final String CLIENT_ID = "motorhub-test-client.apps.example";
  public static final String CLIENT_SECRET = "a-client-secret-never-to-be-shown";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Who the provider says signed in. */
  public record Person(String email, boolean emailVerified, String givenName, String familyName) {}

  /** A code handed out and not yet traded. */
  private record Grant(String redirectUri, String nonce, String challenge, Person person) {}

  private final HttpServer server;
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();
  private final AtomicInteger keyFetches = new AtomicInteger();

  /** Made once: 2048-bit keys are slow to make on a busy machine. */
  private static final RSAKey FIRST_KEY = newKey();

  private static final RSAKey STRANGER = newKey();
  private volatile RSAKey key = FIRST_KEY;
  private volatile Person person = new Person("ada@example.com", true, "Ada", "Lovelace");
  private volatile UnaryOperator<JWTClaimsSet.Builder> tamper = UnaryOperator.identity();
  private volatile boolean strangersKey;
  private volatile boolean tokenEndpointDown;

  private FakeOpenIdProvider(HttpServer server) {
    this.server = server;
  }

  public static FakeOpenIdProvider start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      FakeOpenIdProvider provider = new FakeOpenIdProvider(server);
      server.createContext("/.well-known/openid-configuration", provider::discovery);
      server.createContext("/jwks", provider::jwks);
      server.createContext("/authorize", provider::authorize);
      server.createContext("/token", provider::token);
      server.start();
      return provider;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The next sign-ins are this person's. */
  public FakeOpenIdProvider signsIn(Person who) {
    this.person = who;
    return this;
  }

  /** The next ID tokens' claims, changed so. */
  public FakeOpenIdProvider tamper(UnaryOperator<JWTClaimsSet.Builder> change) {
    this.tamper = change;
    return this;
  }

  /** The next ID tokens are signed by a key the JWKS does not hold, under the JWKS's key id. */
  public FakeOpenIdProvider signWithAStrangersKey() {
    this.strangersKey = true;
    return this;
  }

  /** The token endpoint answers 500 from now on. */
  public FakeOpenIdProvider breakTheTokenEndpoint() {
    this.tokenEndpointDown = true;
    return this;
  }

  /** A new signing key under a new key id, as providers rotate them. */
  public FakeOpenIdProvider rotateKeys() {
    this.key = newKey();
    return this;
  }

  public int keyFetches() {
    return keyFetches.get();
  }

  private void discovery(HttpExchange exchange) throws IOException {
    String issuer = issuer();
    Map<String, Object> document = new HashMap<>();
    document.put("issuer", issuer);
    document.put("authorization_endpoint", issuer + "/authorize");
    document.put("token_endpoint", issuer + "/token");
    document.put("jwks_uri", issuer + "/jwks");
    document.put("response_types_supported", List.of("code"));
    document.put("subject_types_supported", List.of("public"));
    document.put("id_token_signing_alg_values_supported", List.of("RS256"));
    document.put("code_challenge_methods_supported", List.of("S256"));
    document.put(
        "token_endpoint_auth_methods_supported",
        List.of("client_secret_post", "client_secret_basic"));
    answer(exchange, 200, JSON.writeValueAsString(document));
  }

  private void jwks(HttpExchange exchange) throws IOException {
    keyFetches.incrementAndGet();
    answer(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
  }

  /** Signs the configured person in at once and sends the browser back with a code. */
  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
    boolean known =
        CLIENT_ID.equals(query.get("client_id"))
            && "code".equals(query.get("response_type"))
            && query.get("redirect_uri") != null
            && query.getOrDefault("scope", "").contains("openid");
    if (!known) {
      answer(exchange, 400, "{\"error\":\"invalid_request\"}");
      return;
    }
    String challenge =
        "S256".equals(query.get("code_challenge_method")) ? query.get("code_challenge") : null;
    String code = UUID.randomUUID().toString();
    grants.put(code, new Grant(query.get("redirect_uri"), query.get("nonce"), challenge, person));
    String state = query.get("state");
    exchange
        .getResponseHeaders()
        .add(
            "Location",
            query.get("redirect_uri")
                + "?code="
                + code
                + (state == null ? "" : "&state=" + encode(state)));
    answer(exchange, 302, "");
  }

  private void token(HttpExchange exchange) throws IOException {
    if (tokenEndpointDown) {
      answer(exchange, 500, "{\"error\":\"server_error\"}");
      return;
    }
    Map<String, String> form =
        parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    if (!clientAuthenticated(exchange, form)) {
      answer(exchange, 401, "{\"error\":\"invalid_client\"}");
      return;
    }
    Grant grant = form.get("code") == null ? null : grants.remove(form.get("code"));
    boolean good =
        grant != null
            && "authorization_code".equals(form.get("grant_type"))
            && grant.redirectUri().equals(form.get("redirect_uri"))
            && grant.challenge() != null
            && form.get("code_verifier") != null
            && grant.challenge().equals(challenge(form.get("code_verifier")));
    if (!good) {
      answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
      return;
    }
    String idToken = idToken(grant);
    answer(
        exchange,
        200,
        JSON.writeValueAsString(
            Map.of(
                "access_token",
                "provider-access-token",
                "token_type",
                "Bearer",
                "expires_in",
                3599,
                "id_token",
                idToken)));
  }

  private boolean clientAuthenticated(HttpExchange exchange, Map<String, String> form) {
    String basic = exchange.getRequestHeaders().getFirst("Authorization");
    if (basic != null && basic.startsWith("Basic ")) {
      String pair =
          new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon > 0
          && CLIENT_ID.equals(decode(pair.substring(0, colon)))
          && CLIENT_SECRET.equals(decode(pair.substring(colon + 1)));
    }
    return CLIENT_ID.equals(form.get("client_id"))
        && CLIENT_SECRET.equals(form.get("client_secret"));
  }

  private String idToken(Grant grant) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer())
            .subject("sub-" + grant.person().email())
            .audience(CLIENT_ID)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(3600)))
            .claim("nonce", grant.nonce())
            .claim("azp", CLIENT_ID)
            .claim("email", grant.person().email())
            .claim("email_verified", grant.person().emailVerified())
            .claim("given_name", grant.person().givenName())
            .claim("family_name", grant.person().familyName());
    RSAKey signing = key;
    RSAKey signer = strangersKey ? STRANGER : signing;
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signing.getKeyID()).build(),
              tamper.apply(claims).build());
      jwt.sign(new RSASSASigner(signer));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey newKey() {
    try {
      return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  static String challenge(String verifier) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              MessageDigest.getInstance("SHA-256")
                  .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> parse(String encoded) {
    Map<String, String> values = new HashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    return values;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
