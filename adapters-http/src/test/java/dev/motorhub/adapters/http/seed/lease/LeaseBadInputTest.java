package dev.motorhub.adapters.http.seed.lease;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfAnswers.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input on the Lease API's routes: unreadable bodies, ill-typed fields, unknown or ill-formed
 * ids, SQL as text. Each is a DRF-shaped 4xx that changes nothing, never a 500.
 */
class LeaseBadInputTest {
  private static final String SQL = "'; DROP TABLE users; --";
  static TestServer server;
  static LeaseAccounts.Registered carl;
  static Api superuser;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    carl = LeaseAccounts.register(server, "carl");
    superuser = LeaseAccounts.administrator(server, "root", Role.SUPERUSER);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Every route that reads a body, as someone allowed to call it. */
  static Stream<Arguments> bodyRoutes() {
    return Stream.of(
        Arguments.of("POST", "/api/register/", false),
        Arguments.of("POST", "/api/login/", false),
        Arguments.of("PUT", "/api/user/{user}", true),
        Arguments.of("PUT", "/api/password_update/{user}", true),
        Arguments.of("POST", "/api/user/", true),
        Arguments.of("PUT", "/api/customer/{customer}", true));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("bodyRoutes")
  void unreadableBodies_areADetailedBadRequest(String method, String path, boolean signedIn) {
    Api api = signedIn ? superuser : server.api();
    String resolved = resolve(path);

    assertThat(
            assertDrfError(api.send(method, resolved, "{\"username\": ", "application/json"), 400)
                .path("detail")
                .asText())
        .isEqualTo("The request body is not valid JSON.");
    assertThat(
            assertDrfError(api.send(method, resolved, "[1, 2]", "application/json"), 400)
                .path("detail")
                .asText())
        .isEqualTo("The request body must be a JSON object.");
    assertThat(
            assertDrfError(
                    api.send(method, resolved, "not a form", "multipart/form-data; boundary=X"),
                    400)
                .path("detail")
                .asText())
        .isEqualTo("The request body is not a valid form.");
    assertThat(superuser.get("/api/user/" + carl.userId()).text("username")).isEqualTo("carl");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"first_name\": {\"a\": 1}}",
        "{\"last_name\": [\"x\"]}",
        "{\"is_active\": \"maybe\"}",
        "{\"email\": \"not-an-email\"}",
        "{\"username\": \"" + SQL + "\"}",
        "{\"first_name\": \"" + "x" + "\", \"email\": 42}"
      })
  void updateUser_withIllTypedOrInvalidFields_isAFieldError_andChangesNothing(String body) {
    String before = superuser.get("/api/user/" + carl.userId()).body();

    assertDrfError(carl.api().put("/api/user/" + carl.userId(), body), 400);

    assertThat(superuser.get("/api/user/" + carl.userId()).body()).isEqualTo(before);
  }

  @Test
  void sqlInTextFields_isStoredAsText() {
    Api.Reply reply =
        carl.api().put("/api/customer/" + carl.customerId(), "{\"notes\": \"" + SQL + "\"}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.text("notes")).isEqualTo(SQL);
    assertThat(superuser.get("/api/users/").json()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void addUser_withIllTypedFlagsOrMissingFields_namesThem() {
    assertFieldError(
        superuser.post("/api/user/", "{\"is_superuser\": \"perhaps\"}"), 400, "is_superuser");
    assertFieldError(superuser.post("/api/user/", "{\"is_staff\": []}"), 400, "is_staff");
    var missing = assertDrfError(superuser.post("/api/user/", "{}"), 400);
    assertThat(missing.has("username") && missing.has("email") && missing.has("password")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/user/{id}", "/api/customer/{id}", "/api/password_update/{id}"})
  void unknownOrIllFormedIds_areNotFound(String path) {
    for (String id :
        List.of(UUID.randomUUID().toString(), "1916", "not-a-uuid", "%27%20OR%201%3D1", "0")) {
      String resolved = path.replace("{id}", id);
      Api.Reply reply =
          path.startsWith("/api/password_update/")
              ? superuser.put(resolved, "{\"password\": \"Brand-New-Pass-1\"}")
              : superuser.get(resolved);
      assertThat(assertDrfError(reply, 404).path("detail").asText()).endsWith("not found.");
      if (!path.startsWith("/api/password_update/")) {
        assertDrfError(superuser.delete(resolved), 404);
        assertDrfError(superuser.put(resolved, "{\"notes\": \"x\"}"), 404);
      }
    }
  }

  @Test
  void aCustomerIdNamesNoUser_andAUserIdNoCustomer() {
    assertDrfError(superuser.get("/api/user/" + carl.customerId()), 404);
    assertDrfError(superuser.get("/api/customer/" + carl.userId()), 404);
    assertDrfError(superuser.delete("/api/customer/" + carl.userId()), 404);
    assertThat(superuser.get("/api/user/" + carl.userId()).status()).isEqualTo(200);
  }

  @Test
  void aCallWithoutOrWithABrokenToken_isUnauthenticated() {
    String path = "/api/user/" + carl.userId();

    assertThat(assertDrfError(server.api().get(path), 401).path("detail").asText())
        .isEqualTo("Authentication credentials were not provided.");
    assertDrfError(server.api().token("not-a-token").get(path), 401);
    assertDrfError(server.api().header("Authorization", "Basic Y2FybDpwdw==").get(path), 401);
  }

  private static String resolve(String path) {
    return path.replace("{user}", carl.userId()).replace("{customer}", carl.customerId());
  }
}
