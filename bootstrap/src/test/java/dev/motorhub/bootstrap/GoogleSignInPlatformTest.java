package dev.motorhub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.FakeOpenIdProvider;
import dev.motorhub.adapters.http.support.GoogleBrowser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing in with Google on the platform as the jar starts it, on a real PostgreSQL: the account
 * opened or linked and the browser session kept there, its token working, signing out ending it; a
 * sign-in started on one instance finished on another, once; the client secret never in the log.
 */
class GoogleSignInPlatformTest {
  private static final String DATABASE_URL =
      System.getenv()
          .getOrDefault(
              "MOTORHUB_E2E_DATABASE_URL",
              "jdbc:postgresql://127.0.0.1:5432/motorhub_e2e?user=postgres");
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private PrintStream standardError;
  private FakeOpenIdProvider provider;
  @TempDir Path imageDirectory;

  @BeforeEach
  void start() throws SQLException {
    try (Connection connection = DriverManager.getConnection(DATABASE_URL);
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema public cascade");
      statement.execute("create schema public");
    }
    provider = FakeOpenIdProvider.start();
    standardError = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    System.setErr(standardError);
    provider.close();
  }

  @Test
  void onPostgres_aSignInOpensTheAccount_linksItNextTime_andSigningOutEndsTheSession()
      throws IOException {
    int port = freePort();
    try (Platform platform = Platform.start(Settings.from(env(port)))) {
      Api api = new Api("http://127.0.0.1:" + port);
      GoogleBrowser browser = new GoogleBrowser(api);

      String session = browser.signedIn();
      Api.Reply token = browser.token(session);
      assertThat(token.status()).as(token.toString()).isEqualTo(200);
      Api.Reply me = api.token(token.text("token")).get("/v1/me");
      assertThat(me.status()).as(me.toString()).isEqualTo(200);
      assertThat(me.text("username")).isEqualTo("ada");
      assertThat(me.json().path("customer_id").isTextual()).isTrue();

      String again = browser.signedIn();
      assertThat(api.token(browser.token(again).text("token")).get("/v1/me").text("id"))
          .isEqualTo(me.text("id"));

      Api.Reply out = api.header("Cookie", session).post("/auth/logout", Map.of());
      assertThat(out.status()).isEqualTo(303);
      assertThat(browser.token(session).status()).isEqualTo(401);
      assertThat(api.token(token.text("token")).get("/v1/me").status()).isEqualTo(401);
      assertThat(browser.token(again).status()).as("another browser stays in").isEqualTo(200);
      Api.forget(api.base());
    }
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("Google sign-in is on: issuer " + provider.issuer())
        .contains("Google sign-in of account")
        .doesNotContain(FakeOpenIdProvider.CLIENT_SECRET);
  }

  @Test
  void onPostgres_anAccountRegisteredWithThatEmail_isLinked() throws IOException {
    int port = freePort();
    try (Platform platform = Platform.start(Settings.from(env(port)))) {
      Api api = new Api("http://127.0.0.1:" + port);
      Api.Reply registered =
          api.post(
              "/v1/auth/register",
              Map.of(
                  "username", "lovelace",
                  "email", "Ada@Example.com",
                  "password", "Vroom-Vroom-2024"));
      assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

      GoogleBrowser browser = new GoogleBrowser(api);
      String token = browser.token(browser.signedIn()).text("token");

      Api.Reply me = api.token(token).get("/v1/me");
      assertThat(me.text("username")).isEqualTo("lovelace");
      assertThat(me.text("id")).isEqualTo(registered.json().path("user").path("id").asText());
      Api.forget(api.base());
    }
  }

  @Test
  void onPostgres_aSignInStartedOnOneInstance_isFinishedOnAnother_once() throws IOException {
    int first = freePort();
    int second = freePort();
    try (Platform one = Platform.start(Settings.from(env(first)));
        Platform two = Platform.start(Settings.from(env(second, first)))) {
      GoogleBrowser onOne = new GoogleBrowser(new Api("http://127.0.0.1:" + first));
      GoogleBrowser onTwo = new GoogleBrowser(new Api("http://127.0.0.1:" + second));
      GoogleBrowser.Started started = onOne.start();
      String back = onOne.authorize(started, UnaryOperator.identity());

      Api.Reply finished = onTwo.callback(back, started.bindingCookie());
      assertThat(finished.status()).as(finished.toString()).isEqualTo(303);
      String session = GoogleBrowser.cookie(finished, GoogleBrowser.SESSION).orElseThrow();
      assertThat(onOne.token(session).status()).isEqualTo(200);

      Api.Reply replayed = onOne.callback(back, started.bindingCookie());
      assertThat(replayed.status()).isEqualTo(400);
      assertThat(replayed.body()).contains("already used");
      Api.forget("http://127.0.0.1:" + first);
      Api.forget("http://127.0.0.1:" + second);
    }
  }

  @Test
  void withoutAClientId_googleSignInIsOff_andTheLogSaysSo() {
    Map<String, String> env = new HashMap<>(Map.of("PORT", "0", "HOST", "127.0.0.1"));
    try (Platform platform = Platform.start(Settings.from(env))) {
      Api api = new Api("http://127.0.0.1:" + platform.port());
      assertThat(api.get("/auth/google/login").status()).isEqualTo(404);
      Api.forget(api.base());
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("Google sign-in is off");
  }

  private Map<String, String> env(int port) {
    return env(port, port);
  }

  /** The settings of an instance on {@code port} that browsers reach on {@code publicPort}. */
  private Map<String, String> env(int port, int publicPort) {
    Map<String, String> env = new HashMap<>();
    env.put("PORT", Integer.toString(port));
    env.put("HOST", "127.0.0.1");
    env.put("DATABASE_URL", DATABASE_URL);
    env.put("DATABASE_POOL_SIZE", "2");
    env.put("MOTORHUB_JWT_SECRET", "a-google-sign-in-test-secret-of-32-bytes");
    env.put("MOTORHUB_CARD_FINGERPRINT_KEY", "a-google-sign-in-card-key-of-32-bytes!");
    env.put("MOTORHUB_BCRYPT_COST", "4");
    env.put("MOTORHUB_IMAGE_DIR", imageDirectory.toString());
    env.put("MOTORHUB_GOOGLE_CLIENT_ID", FakeOpenIdProvider.CLIENT_ID);
    env.put("MOTORHUB_GOOGLE_CLIENT_SECRET", FakeOpenIdProvider.CLIENT_SECRET);
    env.put("MOTORHUB_OIDC_ISSUER", provider.issuer());
    env.put("MOTORHUB_PUBLIC_URL", "http://127.0.0.1:" + publicPort);
    return env;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
