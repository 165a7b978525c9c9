package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad paths and query strings: unknown or malformed ids, unknown routes, wrong methods, bad
 * filters, limits and cursors, SQL in searches. Each is a 4xx problem naming what is at fault.
 */
class PathsAndQueriesTest {
  private static final String SQL = "'; DROP TABLE users; --";
  static TestServer server;
  static Accounts.Signed customer;
  static Api staff;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    customer = Accounts.customer(server, "patty");
    staff = Accounts.administrator(server, "warden", Role.STAFF).api();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/v1/users/%s",
        "/v1/users/%s/password",
        "/v1/users/%s/deactivate",
        "/v1/customers/%s",
        "/v1/subscription-plans/%s"
      })
  void unknownAndMalformedIds_areNotFound(String template) {
    for (String id :
        new String[] {
          UUID.randomUUID().toString(),
          "not-a-uuid",
          "42",
          URLEncoder.encode(SQL, StandardCharsets.UTF_8).replace("+", "%20"),
          "%2e%2e"
        }) {
      String path = template.formatted(id);
      Api.Reply get =
          path.endsWith("/password")
              ? staff.put(path, Map.of("password", "Brand-New-Pass-1"))
              : path.endsWith("/deactivate") ? staff.post(path, Map.of()) : staff.get(path);
      assertProblem(get, 404);
      assertThat(get.text("type")).isEqualTo("urn:motorhub:problem:not_found");
      if (!path.endsWith("/password") && !path.endsWith("/deactivate")) {
        assertProblem(staff.patch(path, Map.of("name", "x")), 404);
        assertProblem(staff.delete(path), 404);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/v1/users?username=",
        "/v1/users?first_name=",
        "/v1/users?last_name=",
        "/v1/customers?first_name=",
        "/v1/customers?last_name=",
        "/v1/customers?job="
      })
  void sqlInASearchFilter_isJustTextThatMatchesNothing(String search) {
    Api.Reply reply = staff.get(search + encode("' OR '1'='1"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().path("items")).isEmpty();
    assertThat(staff.get("/v1/users").json().path("items").size()).isGreaterThanOrEqualTo(2);
  }

  static Stream<Arguments> badQueries() {
    String notAUuid =
        Base64.getUrlEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
    return Stream.of(
        Arguments.of("/v1/users?limit=abc", "limit"),
        Arguments.of("/v1/users?limit=0", "limit"),
        Arguments.of("/v1/users?limit=-1", "limit"),
        Arguments.of("/v1/users?limit=101", "limit"),
        Arguments.of("/v1/users?limit=1.5", "limit"),
        Arguments.of("/v1/users?limit=" + encode(SQL), "limit"),
        Arguments.of("/v1/users?cursor=not-a-cursor", "cursor"),
        Arguments.of("/v1/users?cursor=" + notAUuid, "cursor"),
        Arguments.of("/v1/users?cursor=" + encode(SQL), "cursor"),
        Arguments.of("/v1/users?role=wizard", "role"),
        Arguments.of("/v1/users?status=gone", "status"),
        Arguments.of("/v1/customers?limit=1000", "limit"),
        Arguments.of("/v1/customers?cursor=%3D%3D%3D", "cursor"),
        Arguments.of("/v1/customers?age=old", "age"),
        Arguments.of("/v1/customers?age=-1", "age"),
        Arguments.of("/v1/customers?age=151", "age"),
        Arguments.of("/v1/customers?phone_number=call-me", "phone_number"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badQueries")
  void aBadQueryParameter_isNamedInTheProblem(String path, String parameter) {
    Api.Reply reply = staff.get(path);

    assertProblem(reply, 400);
    assertThat(reply.json().path("errors").has(parameter)).as(reply.toString()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/v1",
        "/v1/",
        "/v1/nope",
        "/v1/user",
        "/v1/users/%s/nope",
        "/v1/users/%s/password/extra",
        "/v1/me/subscription/extra",
        "/v1/subscription-plans/%s/users"
      })
  void unknownRoutes_areNotFoundProblems(String template) {
    String path = template.formatted(UUID.randomUUID());

    for (Api.Reply reply : new Api.Reply[] {staff.get(path), staff.post(path, Map.of())}) {
      assertProblem(reply, 404);
      assertThat(reply.text("detail")).isEqualTo("No such resource.");
      assertThat(reply.text("instance")).isEqualTo(path);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("wrongMethods")
  void aWrongMethod_isAProblem_notAnError(String method, String path) {
    Api.Reply reply = staff.send(method, path.formatted(customer.id()), "{}", "application/json");

    // The server sets prefer405over404: a known path with another method is 405, not 404.
    assertProblem(reply, 405);
  }

  static Stream<Arguments> wrongMethods() {
    return Stream.of(
        Arguments.of("DELETE", "/v1/auth/login"),
        Arguments.of("GET", "/v1/auth/logout"),
        Arguments.of("GET", "/v1/auth/register"),
        Arguments.of("POST", "/v1/me"),
        Arguments.of("DELETE", "/v1/me"),
        Arguments.of("PATCH", "/v1/users"),
        Arguments.of("POST", "/v1/users/%s"),
        Arguments.of("GET", "/v1/users/%s/password"),
        Arguments.of("PUT", "/v1/subscription-plans"),
        Arguments.of("PUT", "/v1/customers"),
        Arguments.of("TRACE", "/v1/me"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
