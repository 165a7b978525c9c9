package dev.motorhub.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.RegisteredRoutes;
import dev.motorhub.adapters.http.support.TestServer;
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
 * /v1} and {@code /health} is documented, and every documented operation reaches a handler.
 */
class RouteInventoryTest {
  private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  static TestServer server;
  static OpenApiDocument document;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    document = OpenApiDocument.load();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theRoutesTheServerRegisters_areExactlyTheDocumentedOperations() throws Exception {
    Set<String> registered =
        RegisteredRoutes.all().stream()
            .filter(e -> HTTP_METHODS.contains(e.endpoint.method.name()))
            .filter(
                e -> e.endpoint.path.startsWith("/v1/") || e.endpoint.path.startsWith("/health/"))
            .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> documented =
        document.operations().stream()
            .map(OpenApiDocument.Operation::key)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(registered).hasSizeGreaterThan(20).isEqualTo(documented);
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
