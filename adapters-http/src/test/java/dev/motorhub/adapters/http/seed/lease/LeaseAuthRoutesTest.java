package dev.motorhub.adapters.http.seed.lease;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfAnswers.assertFieldError;
import static dev.motorhub.adapters.http.seed.DrfAnswers.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /api/register/} and {@code POST /api/login/} answer as the Lease API did: the seed's
 * fields and messages, a token that works as {@code Token} and {@code Bearer}, whatever the body.
 */
class LeaseAuthRoutesTest {
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
  void register_answersWithTheSeedsFields_aCustomerAndAToken() {
    Api.Reply reply = server.api().post("/api/register/", LeaseAccounts.registration("testuser"));

    JsonNode body = assertSuccess(reply, 201);
    assertThat(body.path("response").asText()).isEqualTo("successfully registered a new user.");
    assertThat(body.path("username").asText()).isEqualTo("testuser");
    assertThat(body.path("email").asText()).isEqualTo("testuser@example.com");
    assertThat(body.path("user_id").asText()).isNotBlank();
    assertThat(body.path("customer id").asText()).isNotBlank().isNotEqualTo(body.path("user_id"));
    assertThat(body.path("token").asText()).isNotBlank();
    assertThat(body.path("id").asText()).as("My Cars' id").isEqualTo(body.path("user_id").asText());

    Api.Reply customer =
        server
            .api()
            .token(body.path("token").asText())
            .get("/api/customer/" + body.path("customer id").asText());
    assertThat(customer.status()).as(customer.toString()).isEqualTo(200);
    assertThat(customer.text("job")).isEqualTo("TestJob");
    assertThat(customer.text("notes")).isEqualTo("TestNote");
    assertThat(customer.text("dob")).isEqualTo("1970-03-04");
  }

  @Test
  void registrationsToken_worksAsTokenAndAsBearer() {
    LeaseAccounts.Registered ada = LeaseAccounts.register(server, "ada");

    for (Api api : new Api[] {server.api().token(ada.token()), server.api().bearer(ada.token())}) {
      Api.Reply reply = api.get("/api/user/" + ada.userId());
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.text("username")).isEqualTo("ada");
    }
  }

  @Test
  void register_withoutTheTrailingSlash_formEncodedOrMultipart_registersAlike() {
    Api.Reply form =
        server.api().form("POST", "/api/register", LeaseAccounts.registration("formy"));
    Api.Reply multipart =
        server.api().multipart("POST", "/api/register/", LeaseAccounts.registration("parts"));

    assertThat(assertSuccess(form, 201).path("username").asText()).isEqualTo("formy");
    assertThat(assertSuccess(multipart, 201).path("username").asText()).isEqualTo("parts");
    assertThat(multipart.text("customer id")).isNotBlank();
  }

  @Test
  void register_withPasswordsThatDoNotMatch_namesPassword2() {
    Map<String, String> body = LeaseAccounts.registration("mismatch");
    body.put("password2", "Another-Pass-2024");

    assertThat(
            assertFieldError(server.api().post("/api/register/", body), 400, "password2")
                .get(0)
                .asText())
        .isEqualTo("The two password fields didn't match.");
  }

  @Test
  void register_withTheSeedsOwnExamplePassword_succeeds_asItDidUnderDjango() {
    Map<String, String> body = LeaseAccounts.registration("seedling");
    body.put("password", "Secret123*");
    body.put("password2", "Secret123*");

    Api.Reply reply = server.api().post("/api/register/", body);

    assertThat(assertSuccess(reply, 201).path("username").asText()).isEqualTo("seedling");
  }

  @Test
  void register_withAPasswordOnDjangosCommonList_isRefusedAsTooCommon() {
    Map<String, String> body = LeaseAccounts.registration("commoner");
    body.put("password", "dragon12");
    body.put("password2", "dragon12");

    assertThat(
            assertFieldError(server.api().post("/api/register/", body), 400, "password").toString())
        .contains("This password is too common.");
  }

  @Test
  void register_withNothing_namesEveryRequiredField() {
    JsonNode body = assertDrfError(server.api().post("/api/register/", Map.of()), 400);

    assertThat(body.has("username") && body.has("email") && body.has("password")).isTrue();
  }

  @Test
  void register_aTakenUsername_isA400OnUsername_asDrfAnswersIt() {
    LeaseAccounts.register(server, "taken");
    Map<String, String> again = LeaseAccounts.registration("TAKEN");
    again.put("email", "other-taken@example.com");

    assertThat(
            assertFieldError(server.api().post("/api/register/", again), 400, "username")
                .get(0)
                .asText())
        .isEqualTo("A user with this username already exists.");
  }

  @Test
  void login_answersTheSeedsResponse_withAFreshToken() {
    LeaseAccounts.Registered lin = LeaseAccounts.register(server, "lin");

    Api.Reply reply =
        server.api().post("/api/login/", Map.of("username", "lin", "password", Accounts.PASSWORD));

    JsonNode body = assertSuccess(reply, 200);
    assertThat(body.path("response").asText()).isEqualTo("successful login");
    assertThat(body.path("username").asText()).isEqualTo("lin");
    assertThat(body.path("token").asText()).isNotBlank().isNotEqualTo(lin.token());
    assertThat(
            server
                .api()
                .token(body.path("token").asText())
                .get("/api/user/" + lin.userId())
                .status())
        .isEqualTo(200);
  }

  @Test
  void login_withoutTheTrailingSlash_formEncodedOrMultipart_signsIn() {
    LeaseAccounts.register(server, "lou");
    Map<String, String> credentials = Map.of("username", "lou", "password", Accounts.PASSWORD);

    for (Api.Reply reply :
        new Api.Reply[] {
          server.api().form("POST", "/api/login", credentials),
          server.api().multipart("POST", "/api/login/", credentials)
        }) {
      assertThat(assertSuccess(reply, 200).path("response").asText()).isEqualTo("successful login");
    }
  }

  @Test
  void login_withAWrongPassword_isADetailedRefusal() {
    LeaseAccounts.register(server, "wanda");

    Api.Reply reply =
        server.api().post("/api/login/", Map.of("username", "wanda", "password", "Not-Her-Pass-1"));

    assertThat(assertDrfError(reply, 401).path("detail").asText())
        .isEqualTo("Invalid credentials.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"username\": \"wanda\"}",
        "{\"username\": [\"wanda\"], \"password\": \"x\"}",
        "{\"username\": {\"$ne\": null}, \"password\": {\"$ne\": null}}"
      })
  void login_withMissingOrIllTypedFields_namesTheField(String body) {
    assertDrfError(server.api().post("/api/login/", body), 400);
  }

  @Test
  void login_withSqlAsTheUsername_isOnlyWrongCredentials() {
    Api.Reply reply =
        server
            .api()
            .post("/api/login/", Map.of("username", "' OR 1=1 --", "password", "' OR '1'='1"));

    assertDrfError(reply, 401);
  }
}
