package dev.motorhub.adapters.http.openapi;

import static dev.motorhub.adapters.http.openapi.ConformingApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives the real server through a realistic session and checks every response against the OpenAPI
 * document: the status is documented for the route, and the body validates against the documented
 * schema ({@link ConformingApi}).
 */
class OpenApiConformanceTest {
  /**
   * The parts of the document this session covers; the others have conformance tests of their own.
   */
  static final Set<String> TAGS =
      Set.of("auth", "me", "users", "customers", "subscription-plans", "operations");

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
  void aRealisticSession_getsOnlyDocumentedResponses_andExercisesEveryOperation() {
    ConformingApi anonymous = new ConformingApi(server.api(), document);

    anonymous.get("/health/live");
    anonymous.get("/health/ready");
    anonymous.get("/metrics");
    anonymous.get("/v1/openapi.yaml");
    anonymous.get("/v1/openapi.json");

    // A customer signs up, signs in, reads and changes their account, and renews the session.
    Api.Reply registered =
        anonymous.post(
            "/v1/auth/register",
            body(
                "username", "alice",
                "email", "alice@example.com",
                "password", Accounts.PASSWORD,
                "password2", Accounts.PASSWORD,
                "first_name", "Alice",
                "last_name", "Liddell",
                "phone_number", "+254 701 036 054",
                "dob", "1990-05-01",
                "job", "Engineer",
                "city", "Nairobi"));
    assertThat(registered.status()).isEqualTo(201);
    String aliceId = registered.json().path("user").path("id").asText();
    String aliceCustomerId = registered.json().path("user").path("customer_id").asText();
    assertThat(registered.header("Location")).isEqualTo("/v1/users/" + aliceId);

    Api.Reply mechanic =
        anonymous.send(
            "POST",
            "/v1/auth/register",
            "username=mike&email=mike%40example.com&password=Wrench-Turner-77&role=mechanic"
                + "&specialization=Brakes&experience_years=7",
            "application/x-www-form-urlencoded");
    assertThat(mechanic.status()).isEqualTo(201);
    assertThat(mechanic.json().path("user").path("mechanic").path("experience_years").asInt())
        .isEqualTo(7);

    Api.Reply login =
        anonymous.post(
            "/v1/auth/login", Map.of("username", "alice", "password", Accounts.PASSWORD));
    assertThat(login.status()).isEqualTo(200);
    ConformingApi alice = anonymous.bearer(login.text("access_token"));
    assertThat(alice.get("/v1/me").text("id")).isEqualTo(aliceId);
    assertThat(alice.patch("/v1/me", Map.of("last_name", "Pleasance")).text("last_name"))
        .isEqualTo("Pleasance");
    Api.Reply refreshed =
        anonymous.post("/v1/auth/refresh", Map.of("refresh_token", login.text("refresh_token")));
    assertThat(refreshed.status()).isEqualTo(200);
    alice = anonymous.bearer(refreshed.text("access_token"));
    assertThat(
            anonymous
                .with(server.api().token(refreshed.text("access_token")))
                .get("/v1/me")
                .status())
        .isEqualTo(200);

    // Staff define subscription plans; the customer picks one.
    ConformingApi superuser =
        anonymous.bearer(Accounts.administrator(server, "root", Role.SUPERUSER).accessToken());
    ConformingApi staff =
        anonymous.bearer(Accounts.administrator(server, "boss", Role.STAFF).accessToken());
    Api.Reply gold =
        staff.post(
            "/v1/subscription-plans",
            Map.of("name", "Gold", "price", "19.99", "duration_days", 30));
    assertThat(gold.status()).isEqualTo(201);
    String goldId = gold.text("id");
    Api.Reply basic =
        superuser.post(
            "/v1/subscription-plans", Map.of("name", "Basic", "price", 5, "duration_days", "30"));
    assertThat(basic.text("price")).isEqualTo("5.00");
    Api.Reply retired =
        staff.post(
            "/v1/subscription-plans",
            Map.of("name", "Retired", "price", "1.00", "duration_days", 7, "active", false));
    assertThat(staff.get("/v1/subscription-plans").json().path("items").size()).isEqualTo(3);
    assertThat(alice.get("/v1/subscription-plans").json().path("items").size()).isEqualTo(2);
    Api.Reply firstPlan = alice.get("/v1/subscription-plans?limit=1");
    assertThat(firstPlan.json().path("items").get(0).path("name").asText()).isEqualTo("Gold");
    Api.Reply lastPlan =
        alice.get("/v1/subscription-plans?limit=1&cursor=" + firstPlan.text("next_cursor"));
    assertThat(lastPlan.json().path("items").get(0).path("name").asText()).isEqualTo("Basic");
    assertThat(lastPlan.json().path("next_cursor").isNull()).isTrue();
    assertThat(alice.get("/v1/subscription-plans/" + goldId).text("name")).isEqualTo("Gold");
    assertThat(
            staff
                .patch("/v1/subscription-plans/" + basic.text("id"), Map.of("price", "6.50"))
                .text("price"))
        .isEqualTo("6.50");
    assertThat(staff.delete("/v1/subscription-plans/" + retired.text("id")).status())
        .isEqualTo(204);
    assertThat(
            alice
                .put("/v1/me/subscription", Map.of("subscription_plan", goldId))
                .text("subscription_plan"))
        .isEqualTo(goldId);
    assertThat(
            alice
                .put("/v1/me/subscription", "{\"subscription_plan\": null}")
                .json()
                .path("subscription_plan")
                .isNull())
        .isTrue();
    alice.put("/v1/me/subscription", Map.of("subscription_plan", goldId));

    // Staff manage accounts.
    Api.Reply created =
        staff.post(
            "/v1/users",
            body(
                "username", "bob",
                "email", "bob@example.com",
                "password", Accounts.PASSWORD,
                "first_name", "Bob",
                "role", "customer"));
    assertThat(created.status()).isEqualTo(201);
    String bobId = created.text("id");
    Api.Reply firstPage = staff.get("/v1/users?role=customer&limit=1");
    assertThat(firstPage.json().path("items").size()).isEqualTo(1);
    Api.Reply secondPage =
        staff.get("/v1/users?role=customer&limit=1&cursor=" + firstPage.text("next_cursor"));
    assertThat(secondPage.json().path("items").get(0).path("username").asText()).isEqualTo("bob");
    assertThat(staff.get("/v1/users?username=ali&status=active").json().path("items").size())
        .isEqualTo(1);
    assertThat(staff.get("/v1/users/" + aliceId).text("username")).isEqualTo("alice");
    assertThat(staff.patch("/v1/users/" + bobId, Map.of("last_name", "Builder")).status())
        .isEqualTo(200);
    assertThat(
            staff
                .put(
                    "/v1/users/" + bobId,
                    Map.of("username", "bobby", "email", "bobby@example.com", "first_name", "Bo"))
                .text("username"))
        .isEqualTo("bobby");
    assertThat(staff.put("/v1/users/" + bobId + "/password", Map.of("password", "Fresh-Start-99")))
        .extracting(Api.Reply::status)
        .isEqualTo(204);
    assertThat(staff.post("/v1/users/" + bobId + "/deactivate", Map.of()).text("status"))
        .isEqualTo("deactivated");
    assertThat(staff.delete("/v1/users/" + bobId).status()).isEqualTo(204);
    Api.Reply newStaff =
        superuser.post(
            "/v1/users",
            body(
                "username", "sam",
                "email", "sam@example.com",
                "password", Accounts.PASSWORD,
                "role", "staff"));
    assertThat(newStaff.text("role")).isEqualTo("staff");
    String samId = newStaff.text("id");
    assertThat(superuser.get("/v1/users/" + samId).text("username")).isEqualTo("sam");
    assertThat(
            superuser
                .put(
                    "/v1/users/" + samId,
                    Map.of("username", "sam", "email", "sam@example.org", "status", "suspended"))
                .text("status"))
        .isEqualTo("suspended");
    assertThat(
            superuser.put("/v1/users/" + samId + "/password", Map.of("password", "Sturdy-Key-88")))
        .extracting(Api.Reply::status)
        .isEqualTo(204);
    assertThat(superuser.post("/v1/users/" + samId + "/deactivate", Map.of()).text("status"))
        .isEqualTo("deactivated");
    assertThat(superuser.patch("/v1/users/" + samId, Map.of("role", "mechanic")).text("role"))
        .isEqualTo("mechanic");
    assertThat(superuser.delete("/v1/users/" + samId).status()).isEqualTo(204);
    assertThat(superuser.get("/v1/users?role=staff&first_name=Staff").json().path("items"))
        .isNotEmpty();

    // Customer profiles: the customer's own, and staff's view of all.
    assertThat(alice.get("/v1/customers/" + aliceCustomerId).text("job")).isEqualTo("Engineer");
    assertThat(
            alice.patch("/v1/customers/" + aliceCustomerId, Map.of("city", "Mombasa")).text("city"))
        .isEqualTo("Mombasa");
    assertThat(
            alice
                .put("/v1/customers/" + aliceCustomerId, Map.of("notes", "Prefers e-mail"))
                .text("notes"))
        .isEqualTo("Prefers e-mail");
    int age =
        Period.between(LocalDate.parse("1990-05-01"), LocalDate.now(ZoneOffset.UTC)).getYears();
    assertThat(staff.get("/v1/customers?first_name=ALI&age=" + age).json().path("items").size())
        .isEqualTo(1);
    assertThat(staff.get("/v1/customers?age=" + (age + 1)).json().path("items").size()).isZero();
    assertThat(staff.get("/v1/customers?job=engineer&limit=5").json().path("items").size())
        .isEqualTo(1);
    Api.Reply carol =
        staff.post(
            "/v1/customers",
            body(
                "username", "carol",
                "email", "carol@example.com",
                "password", Accounts.PASSWORD,
                "first_name", "Carol",
                "phone", "+1 415 555 0100"));
    assertThat(carol.status()).isEqualTo(201);
    assertThat(carol.header("Location")).isEqualTo("/v1/customers/" + carol.text("id"));
    assertThat(staff.delete("/v1/customers/" + carol.text("id")).status()).isEqualTo(204);

    // The customer changes their password, signs in again and signs out.
    assertThat(
            alice
                .put(
                    "/v1/auth/password",
                    Map.of("old_password", Accounts.PASSWORD, "new_password", "Looking-Glass-42"))
                .status())
        .isEqualTo(204);
    Api.Reply again =
        anonymous.post(
            "/v1/auth/login", Map.of("username", "alice", "password", "Looking-Glass-42"));
    alice = anonymous.bearer(again.text("access_token"));
    assertThat(
            alice
                .post("/v1/auth/logout", Map.of("refresh_token", again.text("refresh_token")))
                .status())
        .isEqualTo(204);

    Set<String> operationsExercised =
        anonymous.exercised().stream()
            .map(entry -> entry.substring(0, entry.lastIndexOf(" → ")))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> documented =
        document.operationsTagged(TAGS).stream()
            .map(OpenApiDocument.Operation::key)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(operationsExercised).containsExactlyInAnyOrderElementsOf(documented);
  }

  @Test
  void errorResponses_areDocumentedProblems_forEveryKindOfFailure() {
    ConformingApi anonymous = new ConformingApi(server.api(), document);
    ConformingApi dora = anonymous.bearer(Accounts.customer(server, "dora").accessToken());
    Accounts.Signed chief = Accounts.administrator(server, "chief", Role.STAFF);
    ConformingApi staff = anonymous.bearer(chief.accessToken());
    String superuserId = Accounts.logIn(server, "chief").id();

    // 400: missing fields, a malformed body, a bad query parameter
    Api.Reply missing = anonymous.post("/v1/auth/register", Map.of());
    assertThat(missing.json().path("errors").has("username")).isTrue();
    assertThat(anonymous.post("/v1/auth/login", "{\"username\": ").text("type"))
        .isEqualTo("urn:motorhub:problem:malformed_body");
    assertThat(staff.get("/v1/users?limit=zero").json().path("errors").has("limit")).isTrue();
    assertThat(staff.get("/v1/customers?age=old").json().path("errors").has("age")).isTrue();
    assertThat(dora.get("/v1/subscription-plans?cursor=%25").json().path("errors").has("cursor"))
        .isTrue();
    assertThat(
            staff
                .post("/v1/subscription-plans", Map.of("name", "X", "price", "ten"))
                .json()
                .path("errors")
                .has("duration_days"))
        .isTrue();
    assertThat(dora.put("/v1/me/subscription", Map.of()).status()).isEqualTo(400);

    // 401: no token, a forged token, wrong credentials, a used refresh token
    assertThat(anonymous.get("/v1/me").header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(anonymous.bearer("not.a.jwt").get("/v1/users").status()).isEqualTo(401);
    assertThat(
            anonymous
                .post("/v1/auth/login", Map.of("username", "dora", "password", "wrong-password"))
                .status())
        .isEqualTo(401);
    assertThat(anonymous.post("/v1/auth/refresh", Map.of("refresh_token", "nope")).status())
        .isEqualTo(401);
    assertThat(anonymous.post("/v1/auth/logout", Map.of()).status()).isEqualTo(401);

    // 403: a customer administering; staff touching a superuser
    assertThat(dora.get("/v1/users").status()).isEqualTo(403);
    assertThat(dora.get("/v1/customers").status()).isEqualTo(403);
    assertThat(staff.patch("/v1/users/" + superuserId, Map.of("first_name", "Nope")).status())
        .isEqualTo(403);
    assertThat(staff.delete("/v1/users/" + superuserId).status()).isEqualTo(403);

    // 404: unknown and malformed ids
    String unknown = UUID.randomUUID().toString();
    assertThat(staff.get("/v1/users/" + unknown).status()).isEqualTo(404);
    assertThat(staff.get("/v1/customers/not-a-uuid").status()).isEqualTo(404);
    assertThat(staff.patch("/v1/subscription-plans/" + unknown, Map.of("name", "Y")).status())
        .isEqualTo(404);
    assertThat(staff.delete("/v1/customers/" + unknown).status()).isEqualTo(404);

    // 409: a taken username, a taken plan name
    Api.Reply taken =
        anonymous.post(
            "/v1/auth/register",
            Map.of(
                "username", "DORA", "email", "dora2@example.com", "password", Accounts.PASSWORD));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.json().path("errors").has("username")).isTrue();
    String planId =
        staff
            .post(
                "/v1/subscription-plans",
                Map.of("name", "Silver", "price", "9.00", "duration_days", 30))
            .text("id");
    assertThat(
            staff
                .post(
                    "/v1/subscription-plans",
                    Map.of("name", "silver", "price", "9.00", "duration_days", 30))
                .status())
        .isEqualTo(409);

    // 409: deleting an account, or a customer, that the marketplace's records name
    Accounts.Signed trader = Accounts.customer(server, "trader");
    Market.listing(server, chief.api(), trader, "sell", "5.00");
    assertThat(staff.delete("/v1/users/" + trader.id()).status()).isEqualTo(409);
    String traderProfile = staff.get("/v1/users/" + trader.id()).text("customer_id");
    assertThat(staff.delete("/v1/customers/" + traderProfile).status()).isEqualTo(409);

    // 422: deleting a plan in use; choosing a plan no longer offered
    assertThat(dora.put("/v1/me/subscription", Map.of("subscription_plan", planId)).status())
        .isEqualTo(200);
    assertThat(staff.delete("/v1/subscription-plans/" + planId).status()).isEqualTo(422);
    staff.patch("/v1/subscription-plans/" + planId, Map.of("active", false));
    assertThat(dora.put("/v1/me/subscription", Map.of("subscription_plan", "")).status())
        .isEqualTo(200);
    assertThat(dora.patch("/v1/me", Map.of("subscription_plan", planId)).status()).isEqualTo(422);

    // 413: bodies over the limit
    String huge = "{\"notes\": \"" + "x".repeat((int) TestServer.MAX_BODY_BYTES) + "\"}";
    assertThat(anonymous.post("/v1/auth/register", huge).status()).isEqualTo(413);
    assertThat(dora.patch("/v1/me", huge).status()).isEqualTo(413);

    // 429: repeated failed logins
    Accounts.customer(server, "eve");
    for (int i = 0; i < 5; i++) {
      anonymous.post("/v1/auth/login", Map.of("username", "eve", "password", "wrong-password"));
    }
    Api.Reply throttled =
        anonymous.post("/v1/auth/login", Map.of("username", "eve", "password", Accounts.PASSWORD));
    assertThat(throttled.status()).isEqualTo(429);

    // 403 on login: a suspended account
    String fayId = Accounts.customer(server, "fay").id();
    assertThat(staff.patch("/v1/users/" + fayId, Map.of("status", "suspended")).text("status"))
        .isEqualTo("suspended");
    assertThat(
            anonymous
                .post("/v1/auth/login", Map.of("username", "fay", "password", Accounts.PASSWORD))
                .status())
        .isEqualTo(403);

    Set<Integer> statuses =
        anonymous.exercised().stream()
            .map(entry -> Integer.parseInt(entry.substring(entry.lastIndexOf(' ') + 1)))
            .collect(Collectors.toSet());
    assertThat(statuses).contains(400, 401, 403, 404, 409, 413, 422, 429);
  }
}
