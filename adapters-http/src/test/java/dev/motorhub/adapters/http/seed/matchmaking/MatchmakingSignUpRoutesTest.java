package dev.motorhub.adapters.http.seed.matchmaking;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDetail;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertFieldErrors;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertNoPassword;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /users/} signs a user up as the matchmaking seed does: its message on success, its
 * role names ("user" is a customer), and DRF field errors for every bad or missing field.
 */
class MatchmakingSignUpRoutesTest {
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
  void signUp_asTheSeedsExample_answersItsMessage_andMakesACustomer() {
    String name = SeedUsers.unique("syam");
    var body = new LinkedHashMap<String, Object>(SeedUsers.signUp(name));
    body.put("phone_number", "+919023459789");
    body.put("is_active", true);

    Api.Reply reply = server.api().post("/users/", body);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.json()).isEqualTo(json("{\"message\": \"User Created Successfully\"}"));
    Api holder = server.api().token(SeedUsers.logIn(server, name, SeedUsers.PASSWORD));
    Api.Reply details = holder.get("/users/byId/");
    assertThat(details.text("role")).isEqualTo("user");
    assertThat(details.text("phone_number")).isEqualTo("+919023459789");
    assertThat(holder.get("/v1/me").text("role")).isEqualTo("customer");
    assertNoPassword(details);
  }

  @Test
  void signUp_withoutTheTrailingSlash_formEncoded_works() {
    String name = SeedUsers.unique("formy");

    Api.Reply reply = server.api().form("POST", "/users", SeedUsers.signUp(name));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.text("message")).isEqualTo("User Created Successfully");
    assertThat(SeedUsers.logIn(server, name, SeedUsers.PASSWORD)).isNotBlank();
  }

  @Test
  void signUp_asAMultipartForm_works() {
    String name = SeedUsers.unique("multi");

    Api.Reply reply = server.api().multipart("POST", "/users/", SeedUsers.signUp(name));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(SeedUsers.logIn(server, name, SeedUsers.PASSWORD)).isNotBlank();
  }

  @Test
  void signUp_withoutARole_makesACustomer() {
    String name = SeedUsers.unique("norole");
    var body = SeedUsers.signUp(name);
    body.remove("role");

    assertThat(server.api().post("/users/", body).status()).isEqualTo(201);
    Api holder = server.api().bearer(SeedUsers.logIn(server, name, SeedUsers.PASSWORD));
    assertThat(holder.get("/v1/me").text("role")).isEqualTo("customer");
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "suspended", "superuser", "staff", "wizard"})
  void signUp_withARoleNobodyChoosesForThemselves_isRefusedOnRole(String role) {
    String name = SeedUsers.unique("climber");
    var body = SeedUsers.signUp(name);
    body.put("role", role);

    assertFieldErrors(server.api().post("/users/", body), 400, "role");
    assertThat(loginStatus(name)).isEqualTo(401);
  }

  @Test
  void signUp_withNothing_namesEveryRequiredField() {
    JsonNode errors = assertFieldErrors(server.api().post("/users/", Map.of()), 400, fields());

    assertThat(errors.path("username").get(0).asText()).isEqualTo("This field is required.");
    assertThat(errors.path("password").get(0).asText()).isEqualTo("This field is required.");
  }

  @Test
  void signUp_withAnEmptyBody_isTheSameAsNoFields() {
    assertFieldErrors(server.api().send("POST", "/users/", "", "application/json"), 400, fields());
  }

  @Test
  void signUp_withABadEmailAndPhone_namesEachField() {
    var body = SeedUsers.signUp(SeedUsers.unique("sloppy"));
    body.put("email", "not-an-email");
    body.put("phone_number", "12345");

    JsonNode errors =
        assertFieldErrors(server.api().post("/users/", body), 400, "email", "phone_number");
    assertThat(errors.path("email").get(0).asText()).isEqualTo("Enter a valid email address.");
  }

  @Test
  void signUp_withAWeakPassword_namesEveryRuleItBreaks() {
    var body = SeedUsers.signUp(SeedUsers.unique("weak"));
    body.put("password", "1234");

    JsonNode errors = assertFieldErrors(server.api().post("/users/", body), 400, "password");
    assertThat(errors.path("password").toString())
        .contains("This password is too short. It must contain at least 8 characters.")
        .contains("This password is entirely numeric.");
  }

  @Test
  void signUp_withATakenUsernameEmailOrPhone_namesTheField() {
    String name = SeedUsers.unique("taken");
    var first = SeedUsers.signUp(name);
    first.put("phone_number", "+254701000111");
    assertThat(server.api().post("/users/", first).status()).isEqualTo(201);

    var sameName = SeedUsers.signUp(name.toUpperCase());
    var sameEmail = SeedUsers.signUp(SeedUsers.unique("other"));
    sameEmail.put("email", name + "@example.com");
    var samePhone = SeedUsers.signUp(SeedUsers.unique("other"));
    samePhone.put("phone_number", "+254 701 000 111");

    assertThat(
            assertFieldErrors(server.api().post("/users/", sameName), 400, "username")
                .path("username")
                .get(0)
                .asText())
        .isEqualTo("A user with this username already exists.");
    assertFieldErrors(server.api().post("/users/", sameEmail), 400, "email");
    assertFieldErrors(server.api().post("/users/", samePhone), 400, "phone_number");
  }

  @Test
  void signUp_withWrongTypes_isAFieldError_notAServerError() {
    Api.Reply reply =
        server
            .api()
            .post(
                "/users/",
                Map.of(
                    "username", Map.of("nested", "object"),
                    "password", SeedUsers.PASSWORD,
                    "email", "typed@example.com",
                    "first_name", "Typed",
                    "last_name", "Wrong"));

    assertFieldErrors(reply, 400, "username");
  }

  @Test
  void signUp_withASqlLookingUsername_isRefusedAsAnInvalidUsername() {
    var body = SeedUsers.signUp("x");
    body.put("username", "robert'); DROP TABLE users;--");
    body.put("email", "bobby@example.com");

    assertFieldErrors(server.api().post("/users/", body), 400, "username");
    assertThat(server.api().post("/users/", SeedUsers.signUp(SeedUsers.unique("after"))).status())
        .isEqualTo(201);
  }

  @Test
  void signUp_withMalformedJson_isADetail() {
    assertDetail(
        server.api().send("POST", "/users/", "{\"username\": ", "application/json"),
        400,
        "The request body is not valid JSON.");
    assertDetail(
        server.api().send("POST", "/users/", "[1, 2]", "application/json"),
        400,
        "The request body must be a JSON object.");
  }

  private static int loginStatus(String username) {
    return server
        .api()
        .post("/users/login/", Map.of("username", username, "password", SeedUsers.PASSWORD))
        .status();
  }

  private static String[] fields() {
    return new String[] {"username", "email", "password"};
  }

  private static JsonNode json(String text) {
    return new Api.Reply(200, null, text).json();
  }
}
