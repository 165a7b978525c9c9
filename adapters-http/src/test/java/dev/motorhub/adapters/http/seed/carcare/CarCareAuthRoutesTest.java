package dev.motorhub.adapters.http.seed.carcare;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertSuccess;
import static dev.motorhub.adapters.http.seed.DrfAnswers.fieldNames;
import static dev.motorhub.adapters.http.seed.carcare.CarCareAccounts.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
  void aMechanicsRegisteredSpecialization_namesTheKindsTheyAreScheduledFor() {
    Map<String, Object> body =
        new LinkedHashMap<>(CarCareAccounts.registration("spec", "mechanic", null));
    body.put("specialization", "Oil change, BRAKE_SERVICE, vintage cars");
    assertSuccess(server.api().post("/api/v1/user/registration/", body), 201);
    CarCareAccounts.Signed spec = CarCareAccounts.logIn(server, "spec");

    String id = server.api().bearer(spec.token()).get("/v1/me").text("id");
    var profile =
        StreamSupport.stream(spec.api().get("/api/v1/mechanics").json().spliterator(), false)
            .filter(m -> m.path("account_id").asText().equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(profile.path("specialization").asText())
        .isEqualTo("Oil change, BRAKE_SERVICE, vintage cars");
    assertThat(
            spec.api()
                .get("/v1/mechanics/" + profile.path("id").asText())
                .json()
                .path("specializations"))
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("oil_change", "brake_service");
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
}
