package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Readable bodies with bad fields: wrong types and shapes, missing fields, values that break a
 * rule, SQL as text. The problem names each field at fault; unknown fields are ignored.
 */
class FieldValidationTest {
  private static final String SQL = "'; DROP TABLE users; --";
  static TestServer server;
  static Accounts.Signed customer;
  static Api staff;
  static String customerProfile;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    customer = Accounts.customer(server, "patty");
    staff = Accounts.administrator(server, "warden", Role.STAFF).api();
    customerProfile = customer.api().get("/v1/me").text("customer_id");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        plan("{\"name\": \"P1\", \"price\": \"10\", \"duration_days\": \"abc\"}", "duration_days"),
        plan("{\"name\": \"P2\", \"price\": \"10\", \"duration_days\": 1.5}", "duration_days"),
        plan(
            "{\"name\": \"P3\", \"price\": \"10\", \"duration_days\": 99999999999}",
            "duration_days"),
        plan("{\"name\": \"P4\", \"price\": \"10\", \"duration_days\": 0}", "duration_days"),
        plan(
            "{\"name\": \"P5\", \"price\": \"10\", \"duration_days\": 30, \"active\": \"maybe\"}",
            "active"),
        plan("{\"name\": \"P6\", \"price\": \"ten\", \"duration_days\": 30}", "price"),
        plan("{\"name\": \"P7\", \"price\": \"9.999\", \"duration_days\": 30}", "price"),
        plan("{\"name\": \"P8\", \"price\": \"-5\", \"duration_days\": 30}", "price"),
        plan("{\"name\": \"P9\", \"price\": \"1e400\", \"duration_days\": 30}", "price"),
        plan("{\"name\": {\"en\": \"Gold\"}, \"price\": \"10\", \"duration_days\": 30}", "name"),
        plan("{\"name\": [\"Gold\"], \"price\": \"10\", \"duration_days\": 30}", "name"),
        plan("{\"name\": \"   \", \"price\": \"10\", \"duration_days\": 30}", "name"),
        register("\"email\": 42", "email"),
        register("\"phone_number\": 12345", "phone_number"),
        register("\"dob\": 19900501", "dob"),
        register("\"dob\": \"01/05/1990\"", "dob"),
        register("\"dob\": \"2999-01-01\"", "dob"),
        register("\"first_name\": {\"a\": 1}", "first_name"),
        register("\"first_name\": \"" + "x".repeat(151) + "\"", "first_name"),
        register("\"last_name\": \"null\\u0000byte\"", "last_name"),
        register("\"role\": \"superuser\"", "role"),
        register("\"role\": 7", "role"),
        register("\"role\": \"mechanic\", \"experience_years\": \"many\"", "experience_years"),
        register("\"role\": \"mechanic\", \"experience_years\": 120", "experience_years"),
        register("\"password2\": \"something-else-entirely\"", "password2"),
        Arguments.of("PATCH", "/v1/me", "{\"email\": [\"a@b.example\"]}", "email"),
        Arguments.of("PATCH", "/v1/me", "{\"phone_number\": \"call me\"}", "phone_number"),
        Arguments.of("PATCH", "/v1/users/{me}", "{\"status\": \"maybe\"}", "status"),
        Arguments.of("PATCH", "/v1/users/{me}", "{\"role\": \"wizard\"}", "role"),
        Arguments.of(
            "PUT", "/v1/me/subscription", "{\"subscription_plan\": 7}", "subscription_plan"),
        Arguments.of(
            "PUT",
            "/v1/me/subscription",
            "{\"subscription_plan\": \"" + UUID.randomUUID() + "\"}",
            "subscription_plan"),
        Arguments.of("PATCH", "/v1/customers/{profile}", "{\"dob\": \"yesterday\"}", "dob"),
        Arguments.of(
            "PATCH",
            "/v1/customers/{profile}",
            "{\"zip_code\": \"" + "9".repeat(21) + "\"}",
            "zip_code"),
        Arguments.of("PUT", "/v1/users/{me}/password", "{\"password\": 12345678}", "password"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("wrongTypes")
  void aFieldOfTheWrongTypeOrShape_isNamedInTheProblem(
      String method, String path, String body, String field) {
    Api caller =
        path.startsWith("/v1/subscription-plans")
            ? staff
            : path.startsWith("/v1/auth/register") ? server.api() : customer.api();

    Api.Reply reply = caller.send(method, resolve(path), body, "application/json");

    assertProblem(reply, 400);
    assertThat(reply.text("type")).isEqualTo("urn:motorhub:problem:invalid_input");
    assertThat(reply.json().path("errors").path(field).isArray()).as(reply.toString()).isTrue();
    assertThat(reply.json().path("errors").path(field).get(0).asText()).isNotBlank();
  }

  @Test
  void everyWrongFieldOfAPlan_isNamedAtOnce() {
    Api.Reply reply =
        staff.post(
            "/v1/subscription-plans",
            "{\"name\": [], \"price\": {}, \"duration_days\": \"abc\", \"active\": \"maybe\"}");

    assertProblem(reply, 400);
    assertThat(fieldNames(reply.json().path("errors")))
        .containsExactlyInAnyOrder("name", "price", "duration_days", "active");
  }

  @Test
  void missingRequiredFields_areEachNamed() {
    assertThat(fieldNames(problem(server.api().post("/v1/auth/register", Map.of()), 400)))
        .contains("username", "email", "password");
    assertThat(fieldNames(problem(server.api().post("/v1/auth/login", Map.of()), 400)))
        .containsExactlyInAnyOrder("username", "password");
    assertThat(fieldNames(problem(server.api().post("/v1/auth/refresh", Map.of()), 400)))
        .containsExactly("refresh_token");
    assertThat(fieldNames(problem(customer.api().put("/v1/auth/password", Map.of()), 400)))
        .containsExactlyInAnyOrder("old_password", "new_password");
    assertThat(fieldNames(problem(customer.api().put("/v1/users/" + customer.id(), Map.of()), 400)))
        .containsExactlyInAnyOrder("username", "email");
    assertThat(fieldNames(problem(staff.post("/v1/subscription-plans", Map.of()), 400)))
        .containsExactlyInAnyOrder("name", "price", "duration_days");
    assertThat(fieldNames(problem(customer.api().put("/v1/me/subscription", Map.of()), 400)))
        .containsExactly("subscription_plan");
  }

  @Test
  void formEncodedBodies_areReadToo_andTheirBadValuesNamed() {
    Api.Reply created =
        staff.send(
            "POST",
            "/v1/subscription-plans",
            "name=Form+Plan&price=3.50&duration_days=14&active=false",
            "application/x-www-form-urlencoded");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.text("price")).isEqualTo("3.50");
    assertThat(created.json().path("active").asBoolean()).isFalse();

    Api.Reply refused =
        staff.send(
            "POST",
            "/v1/subscription-plans",
            "name=Form+Plan+2&price=3.50&duration_days=two+weeks",
            "application/x-www-form-urlencoded");
    assertProblem(refused, 400);
    assertThat(refused.json().path("errors").has("duration_days")).isTrue();
  }

  @Test
  void sqlInAUsername_isAnInvalidUsername() {
    Api.Reply reply =
        server
            .api()
            .post(
                "/v1/auth/register",
                Map.of(
                    "username", SQL, "email", "bobby@example.com", "password", Accounts.PASSWORD));

    assertProblem(reply, 400);
    assertThat(reply.json().path("errors").has("username")).isTrue();
  }

  @Test
  void sqlInNamesAndPlanNames_isStoredAsPlainText() {
    String bobby = "Robert'); DROP TABLE students;--";
    Api.Reply registered =
        server
            .api()
            .post(
                "/v1/auth/register",
                Map.of(
                    "username",
                    "bobby",
                    "email",
                    "bobby.tables@example.com",
                    "password",
                    Accounts.PASSWORD,
                    "first_name",
                    bobby,
                    "last_name",
                    SQL,
                    "job",
                    SQL));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    assertThat(registered.json().path("user").path("first_name").asText()).isEqualTo(bobby);

    Api.Reply plan =
        staff.post(
            "/v1/subscription-plans", Map.of("name", SQL, "price", "1.00", "duration_days", 1));
    assertThat(plan.status()).isEqualTo(201);
    assertThat(plan.text("name")).isEqualTo(SQL);

    Api.Reply found = staff.get("/v1/users?first_name=" + encode(bobby));
    assertThat(found.json().path("items")).hasSize(1);
    assertThat(found.json().path("items").get(0).path("username").asText()).isEqualTo("bobby");
  }

  @Test
  void unknownFields_areIgnored_andCannotRaiseARole() {
    Api.Reply registered =
        server
            .api()
            .post(
                "/v1/auth/register",
                Map.of(
                    "username",
                    "mallory",
                    "email",
                    "mallory@example.com",
                    "password",
                    Accounts.PASSWORD,
                    "is_superuser",
                    true,
                    "is_staff",
                    true,
                    "status",
                    "active"));
    assertThat(registered.status()).isEqualTo(201);
    assertThat(registered.json().path("user").path("role").asText()).isEqualTo("customer");

    Api mallory = server.api().bearer(registered.text("access_token"));
    Api.Reply patched = mallory.patch("/v1/me", Map.of("role", "superuser", "first_name", "Mal"));
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.text("role")).isEqualTo("customer");
    assertThat(patched.text("first_name")).isEqualTo("Mal");
  }

  private static JsonNode problem(Api.Reply reply, int status) {
    assertProblem(reply, status);
    return reply.json().path("errors");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String resolve(String path) {
    return path.replace("{profile}", customerProfile).replace("{me}", customer.id());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Arguments plan(String body, String field) {
    return Arguments.of("POST", "/v1/subscription-plans", body, field);
  }

  private static Arguments register(String fields, String field) {
    String name = "reg" + Math.abs(fields.hashCode());
    return Arguments.of(
        "POST",
        "/v1/auth/register",
        "{\"username\": \""
            + name
            + "\", \"email\": \""
            + name
            + "@example.com\", \"password\": \""
            + Accounts.PASSWORD
            + "\", "
            + fields
            + "}",
        field);
  }
}
