package dev.motorhub.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.HttpSettings;
import dev.motorhub.adapters.http.oidc.OidcSettings;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.FakeOpenIdProvider;
import dev.motorhub.adapters.http.support.RegisteredRoutes;
import dev.motorhub.adapters.http.support.TestServer;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document and the server name the same routes: what the server's router holds under {@code
 * /v1}, {@code /health}, {@code /auth} and at {@code /} is documented, and every documented
 * operation reaches a handler.
 */
class RouteInventoryTest {
  private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  static FakeOpenIdProvider provider;
  static TestServer server;
  static OpenApiDocument document;

  @BeforeAll
  static void start() {
    provider = FakeOpenIdProvider.start();
    server = TestServer.withGoogle(provider.issuer());
    document = OpenApiDocument.load();
  }

  @AfterAll
  static void stop() {
    server.close();
    provider.close();
  }

  @Test
  void theRoutesTheServerRegisters_areExactlyTheDocumentedOperations() throws Exception {
    Set<String> documented =
        document.operations().stream()
            .map(OpenApiDocument.Operation::key)
            .collect(Collectors.toCollection(TreeSet::new));
    HttpSettings withGoogle =
        HttpSettings.defaults()
            .withGoogleSignIn(
                new OidcSettings(
                    OidcSettings.GOOGLE, "client", "secret", URI.create("http://localhost")));
    // The platform's own routes, and the seed routes it documents (GET /api/token/).
    Set<String> registered =
        RegisteredRoutes.all(withGoogle).stream()
            .filter(e -> HTTP_METHODS.contains(e.endpoint.method.name()))
            .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
            .filter(key -> ownRoute(key.split(" ", 2)[1]) || documented.contains(key))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(registered).hasSizeGreaterThan(20).isEqualTo(documented);
  }

  private static boolean ownRoute(String path) {
    return path.startsWith("/v1/")
        || path.startsWith("/health/")
        || path.startsWith("/auth/")
        || path.equals("/");
  }

  @Test
  void everyDocumentedOperation_reachesAHandler_notTheRoutersNotFound() {
    Api api = server.api();
    for (OpenApiDocument.Operation operation : document.operations()) {
      String path =
          operation
              .path()
              .replace("{id}", UUID.randomUUID().toString())
              .replaceAll("\\{[a-z_]+}", "x");
      Api.Reply reply =
          api.send(
              operation.method().toUpperCase(Locale.ROOT),
              path,
              operation.method().equals("get") || operation.method().equals("delete") ? null : "{}",
              operation.method().equals("get") || operation.method().equals("delete")
                  ? null
                  : "application/json");
      assertThat(reply.status())
          .as(operation.key() + " " + reply)
          .isNotEqualTo(405)
          .isLessThan(500);
      if (reply.status() == 404) {
        assertThat(reply.text("detail")).as(operation.key()).isNotEqualTo("No such resource.");
      }
    }
  }

  @Test
  void aRouteThatIsNotDocumented_answersTheRoutersNotFound() {
    Api.Reply reply = server.api().get("/v1/not-a-resource");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.text("detail")).isEqualTo("No such resource.");
    assertThat(document.operation("GET", "/v1/not-a-resource")).isEmpty();
  }
}
