package dev.motorhub.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.FakeOpenIdProvider;
import dev.motorhub.adapters.http.support.GoogleBrowser;
import dev.motorhub.adapters.http.support.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Signing in with Google through the real server and a local OpenID provider, every response
 * checked against the document, and every documented response of the browser's routes seen.
 */
class BrowserSignInConformanceTest {
  static final Set<String> TAGS = Set.of("browser-sign-in");

  /** Ten thousand sign-ins under way at once; PendingSignInsTest shows that refusal. */
  private static final String NOT_EXERCISED = "GET /auth/google/login → 503";

  private final OpenApiDocument document = OpenApiDocument.load();

  @Test
  void signingInAndOut_getsOnlyDocumentedResponses_andEveryOneOfThem() throws IOException {
    Set<String> exercised;
    try (FakeOpenIdProvider provider = FakeOpenIdProvider.start();
        TestServer server = TestServer.withGoogle(provider.issuer());
        TestServer off = TestServer.start();
        TestServer lost = TestServer.withGoogle("http://127.0.0.1:" + closedPort())) {
      ConformingApi anonymous = new ConformingApi(server.api(), document);
      GoogleBrowser google = new GoogleBrowser(server.api());

      anonymous.get("/");
      anonymous.get("/api/token/");
      GoogleBrowser.Started first = started(anonymous);
      String back = google.authorize(first, UnaryOperator.identity());
      ConformingApi returning =
          anonymous.with(server.api().header("Cookie", first.bindingCookie()));
      Api.Reply signedIn = returning.get(back);
      assertThat(signedIn.status()).isEqualTo(303);
      ConformingApi browser =
          anonymous.with(
              server
                  .api()
                  .header(
                      "Cookie",
                      GoogleBrowser.cookie(signedIn, GoogleBrowser.SESSION).orElseThrow()));
      browser.get("/");
      assertThat(browser.get("/api/token/").status()).isEqualTo(200);
      assertThat(returning.get(back).status()).as("a replayed answer").isEqualTo(400);
      assertThat(browser.post("/auth/logout", Map.of()).status()).isEqualTo(303);

      provider.signsIn(new FakeOpenIdProvider.Person("eve@example.com", false, "Eve", ""));
      assertThat(signIn(anonymous, google, server).status()).isEqualTo(403);
      provider.breakTheTokenEndpoint();
      assertThat(signIn(anonymous, google, server).status()).isEqualTo(502);

      assertThat(anonymous.with(lost.api()).get("/auth/google/login").status()).isEqualTo(502);
      ConformingApi unconfigured = anonymous.with(off.api());
      assertThat(unconfigured.get("/auth/google/login").status()).isEqualTo(404);
      assertThat(unconfigured.get("/auth/google/callback?code=x&state=y").status()).isEqualTo(404);
      exercised = new TreeSet<>(anonymous.exercised());
    }

    Set<String> documented = new TreeSet<>(document.responsesTagged(TAGS));
    documented.remove(NOT_EXERCISED);
    assertThat(exercised).isEqualTo(documented);
  }

  /** Starts a sign-in through the checked client, keeping the binding cookie it sets. */
  private GoogleBrowser.Started started(ConformingApi api) {
    Api.Reply login = api.get("/auth/google/login");
    assertThat(login.status()).isEqualTo(302);
    return new GoogleBrowser.Started(
        login.header("Location"), GoogleBrowser.cookie(login, GoogleBrowser.BINDING).orElseThrow());
  }

  private Api.Reply signIn(ConformingApi anonymous, GoogleBrowser google, TestServer server) {
    GoogleBrowser.Started started = started(anonymous);
    String back = google.authorize(started, UnaryOperator.identity());
    return anonymous.with(server.api().header("Cookie", started.bindingCookie())).get(back);
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
