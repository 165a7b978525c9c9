package dev.motorhub.adapters.http.seed.carcare;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfAnswers.assertSuccess;
import static dev.motorhub.adapters.http.seed.DrfAnswers.fieldNames;
import static dev.motorhub.adapters.http.seed.carcare.CarCareAccounts.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.v1.Matrix;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input on CarCarePro's routes: user types outside the seed, invalid fields, missing or
 * ill-typed credentials, unreadable bodies, SQL as text, no token. Sign-up and login answer the
 * seed's 400 "Invalid Input"; the rest a DRF-shaped 4xx that changes nothing; never a 500.
 */
class CarCareBadInputTest {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"staff", "superuser", "admin", "alien", "'; DROP TABLE users; --"})
  void registration_withAUserTypeOutsideTheSeeds_isInvalidInputOnUserType(String type) {
    Api.Reply reply =
        server
            .api()
            .post("/api/v1/user/registration/", CarCareAccounts.registration("typo", type, null));

    assertInvalidInput(reply);
    assertThat(reply.json().path("user_type").get(0).asText())
        .isEqualTo("Select a valid choice: customer, mechanic.");
  }

  @Test
  void registration_withBadFields_namesEachBesideTheSeedsErrorMessage() {
    Map<String, Object> body = CarCareAccounts.registration("x y", "alien", "123-456-7890");
    body.put("email", "not-an-email");
    body.put("password", "1234");

    JsonNode answer = assertInvalidInput(server.api().post("/api/v1/user/registration/", body));

    assertThat(fieldNames(answer))
        .contains("error_message", "username", "email", "phone_number", "user_type");
  }

  @Test
  void registration_withBothOfTheSeedsUserTypes_isNoChoice() {
    Map<String, Object> body =
        CarCareAccounts.registration("both", List.of("customer", "mechanic"), null);

    JsonNode answer = assertInvalidInput(server.api().post("/api/v1/user/registration/", body));

    assertThat(answer.has("user_type")).as(answer.toString()).isTrue();
    assertThat(
            server
                .api()
                .post(
                    "/api/v1/user/login/",
                    Map.of("username", "both", "password", Accounts.PASSWORD))
                .status())
        .isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"username\": \"wren\"}",
        "{\"username\": [\"wren\"], \"password\": \"x\"}",
        "{\"username\": \"' OR 1=1 --\", \"password\": \"' OR '1'='1\"}"
      })
  void login_withMissingIllTypedOrSqlFields_isTheSeedsInvalidInput(String body) {
    assertInvalidInput(server.api().post("/api/v1/user/login/", body));
  }

  @Test
  void unreadableBodies_areADetailedBadRequest() {
    for (String path : List.of("/api/v1/user/registration/", "/api/v1/user/login/")) {
      assertThat(
              assertDrfError(server.api().post(path, "{\"username\": "), 400)
                  .path("detail")
                  .asText())
          .isEqualTo("The request body is not valid JSON.");
      assertDrfError(server.api().post(path, "[\"username\"]"), 400);
      assertDrfError(
          server.api().send("POST", path, "broken", "multipart/form-data; boundary=X"), 400);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"phone_number\": \"123-456-7890\"}",
        "{\"first_name\": {\"a\": 1}}",
        "{\"last_name\": [\"x\"]}",
        "{\"email\": \"not-an-email\"}",
        "{\"username\": \"'; DROP TABLE users; --\"}"
      })
  void putAccounts_withBadFields_isAFieldError_andChangesNothing(String body) {
    CarCareAccounts.Signed bea = CarCareAccounts.register(server, Matrix.unique("bea"), "customer");
    String before = bea.api().get("/api/v1/user/accounts").body();

    assertDrfError(bea.api().put("/api/v1/user/accounts", body), 400);

    assertThat(bea.api().get("/api/v1/user/accounts").body()).isEqualTo(before);
  }

  @Test
  void putAccounts_withUnreadableBodies_isADetailedBadRequest() {
    CarCareAccounts.Signed una = CarCareAccounts.register(server, "una", "customer");

    assertThat(
            assertDrfError(una.api().put("/api/v1/user/accounts", "{\"first_name\": "), 400)
                .path("detail")
                .asText())
        .isEqualTo("The request body is not valid JSON.");
    assertDrfError(una.api().patch("/api/v1/user/accounts", "[1]"), 400);
    assertDrfError(
        una.api().send("PATCH", "/api/v1/user/accounts", "x", "multipart/form-data; boundary=B"),
        400);
  }

  @Test
  void putAccounts_storesSqlAsText() {
    CarCareAccounts.Signed sql = CarCareAccounts.register(server, "sqlish", "customer");

    Api.Reply reply =
        sql.api().put("/api/v1/user/accounts", Map.of("last_name", "'; DROP TABLE users; --"));

    assertThat(assertSuccess(reply, 200).path("last_name").asText())
        .isEqualTo("'; DROP TABLE users; --");
  }

  @Test
  void everyAccountsRoute_withoutAToken_isUnauthenticated_exceptOpeningOne() {
    Api anonymous = server.api();

    assertThat(assertDrfError(anonymous.get("/api/v1/user/accounts"), 401).path("detail").asText())
        .isEqualTo("Authentication credentials were not provided.");
    assertDrfError(anonymous.put("/api/v1/user/accounts", Map.of()), 401);
    assertDrfError(anonymous.patch("/api/v1/user/accounts", Map.of()), 401);
    assertDrfError(anonymous.delete("/api/v1/user/accounts"), 401);
    assertDrfError(anonymous.token("forged.token.value").get("/api/v1/user/accounts"), 401);
  }
}
