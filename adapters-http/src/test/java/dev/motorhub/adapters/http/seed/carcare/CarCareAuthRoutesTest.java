package dev.motorhub.adapters.http.seed.carcare;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfAnswers.assertSuccess;
import static dev.motorhub.adapters.http.seed.DrfAnswers.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CarCarePro's {@code POST /api/v1/user/registration/} (201, customers and mechanics) and {@code
 * POST /api/v1/user/login/} (202 with {@code token} and {@code refresh_token}); everything it
 * refuses is the seed's 400 "Invalid Input".
 */
class CarCareAuthRoutesTest {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void registration_answersTheSeedsThreeFields() {
    Api.Reply reply =
        server
            .api()
            .post(
                "/api/v1/user/registration/",
                CarCareAccounts.registration("kevin", "customer", "+254701036054"));

    JsonNode body = assertSuccess(reply, 201);
    assertThat(fieldNames(body)).containsExactly("username", "first_name", "email");
    assertThat(body.path("username").asText()).isEqualTo("kevin");
    assertThat(body.path("first_name").asText()).isEqualTo("Firstkevin");
    assertThat(body.path("email").asText()).isEqualTo("kevin@example.com");
  }

  @Test
  void registration_userType_makesACustomerOrAMechanic_evenSentAsTheSeedsList() {
    CarCareAccounts.Signed cust = CarCareAccounts.register(server, "cust", "customers");
    Api.Reply mechanic =
        server
            .api()
            .post(
                "/api/v1/user/registration",
                CarCareAccounts.registration("mick", List.of("mechanic"), null));
    assertSuccess(mechanic, 201);
    CarCareAccounts.Signed mick = CarCareAccounts.logIn(server, "mick");

    assertThat(cust.api().get("/api/v1/user/?user_type=customers").json()).hasSize(1);
    assertThat(mick.api().get("/api/v1/user/?user_type=customers").json()).isEmpty();
    assertThat(server.api().bearer(mick.token()).get("/v1/me").text("role")).isEqualTo("mechanic");
    assertThat(server.api().bearer(cust.token()).get("/v1/me").text("role")).isEqualTo("customer");
  }

  @Test
  void registration_formEncodedOrMultipart_withoutAUserType_makesACustomer() {
    Map<String, String> form =
        Map.of("username", "formy", "email", "formy@example.com", "password", Accounts.PASSWORD);
    Map<String, String> parts =
        Map.of(
            "username", "parts",
            "email", "parts@example.com",
            "password", Accounts.PASSWORD,
            "user_type", "mechanic");

    assertSuccess(server.api().form("POST", "/api/v1/user/registration/", form), 201);
    assertSuccess(server.api().multipart("POST", "/api/v1/user/registration", parts), 201);

    CarCareAccounts.Signed formy = CarCareAccounts.logIn(server, "formy");
    assertThat(server.api().bearer(formy.token()).get("/v1/me").text("role")).isEqualTo("customer");
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
            CarCareAuthRoutesTest.server
                .api()
                .post(
                    "/api/v1/user/login/",
                    Map.of("username", "both", "password", Accounts.PASSWORD))
                .status())
        .isEqualTo(400);
  }

  @Test
  void registration_withATakenUsername_isTheSeedsInvalidInput() {
    CarCareAccounts.register(server, "twice", "customer");
    Map<String, Object> again = CarCareAccounts.registration("TWICE", "customer", null);
    again.put("email", "twice-again@example.com");

    JsonNode answer = assertInvalidInput(server.api().post("/api/v1/user/registration/", again));

    assertThat(answer.path("username").get(0).asText()).contains("already exists");
  }

  @Test
  void login_answers202_withTheSeedsTokenPair_andTheTokenWorksBothWays() {
    CarCareAccounts.register(server, "lena", "customer");

    Api.Reply reply =
        server
            .api()
            .form(
                "POST",
                "/api/v1/user/login",
                Map.of("username", "lena", "password", Accounts.PASSWORD));

    JsonNode body = assertSuccess(reply, 202);
    assertThat(fieldNames(body)).containsExactly("token", "refresh_token");
    String token = body.path("token").asText();
    assertThat(body.path("refresh_token").asText()).isNotBlank().isNotEqualTo(token);
    for (Api api : List.of(server.api().token(token), server.api().bearer(token))) {
      assertThat(api.get("/api/v1/user/accounts").json().get(0).path("username").asText())
          .isEqualTo("lena");
    }
    assertThat(
            server
                .api()
                .multipart(
                    "POST",
                    "/api/v1/user/login/",
                    Map.of("username", "lena", "password", Accounts.PASSWORD))
                .status())
        .isEqualTo(202);
  }

  @Test
  void login_withAWrongPassword_isTheSeedsInvalidInput() {
    CarCareAccounts.register(server, "wren", "customer");

    Api.Reply reply =
        server
            .api()
            .post("/api/v1/user/login/", Map.of("username", "wren", "password", "Not-Her-Pass-1"));

    assertThat(assertInvalidInput(reply).path("detail").asText()).isEqualTo("Invalid credentials.");
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

  /** The seed's 400: {@code "error_message": "Invalid Input"} beside DRF's fields or detail. */
  static JsonNode assertInvalidInput(Api.Reply reply) {
    JsonNode body = assertDrfError(reply, 400);
    assertThat(body.path("error_message").asText()).isEqualTo("Invalid Input");
    assertThat(body.size()).as("a reason beside the message: " + reply).isGreaterThan(1);
    return body;
  }
}
