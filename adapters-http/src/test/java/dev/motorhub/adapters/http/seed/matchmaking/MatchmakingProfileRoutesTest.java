package dev.motorhub.adapters.http.seed.matchmaking;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDetail;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertFieldErrors;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertNoPassword;
import static dev.motorhub.adapters.http.seed.DrfReplies.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET/PUT/PATCH /users/byId/}: one's own details in the seed's fields, never a password,
 * with the seed's role names over the platform's roles; changes answer the changed details.
 */
class MatchmakingProfileRoutesTest {
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
  void byId_answersTheSeedsFieldsInItsOrder_withoutThePassword() {
    String name = SeedUsers.unique("syam");
    Api holder = SeedUsers.signedUp(server, name);

    Api.Reply reply = holder.get("/users/byId/");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonNode user = reply.json();
    assertThat(fieldNames(user))
        .containsExactly(
            "user_id",
            "date_joined",
            "username",
            "email",
            "phone_number",
            "first_name",
            "last_name",
            "joined_date",
            "last_login",
            "created_on",
            "updated_on",
            "is_active",
            "is_superuser",
            "is_staff",
            "is_admin",
            "role",
            "subscription_plan",
            "groups",
            "user_permissions");
    assertNoPassword(reply);
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    assertThat(user.path("user_id").asText()).isEqualTo(holder.get("/v1/me").text("id"));
    assertThat(user.path("date_joined").asText()).startsWith(today + "T").endsWith("Z");
    assertThat(user.path("joined_date").asText()).isEqualTo(today);
    assertThat(user.path("last_login").asText()).isEqualTo(today);
    assertThat(user.path("username").asText()).isEqualTo(name);
    assertThat(user.path("email").asText()).isEqualTo(name + "@example.com");
    assertThat(user.path("phone_number").isNull()).isTrue();
    assertThat(user.path("is_active").asBoolean()).isTrue();
    assertThat(user.path("is_staff").asBoolean()).isFalse();
    assertThat(user.path("role").asText()).isEqualTo("user");
    assertThat(user.path("subscription_plan").isNull()).isTrue();
    assertThat(user.path("groups").isArray()).isTrue();
  }

  @Test
  void byId_withBearerAndWithoutTheTrailingSlash_isTheSame() {
    String name = SeedUsers.unique("slashless");
    SeedUsers.signedUp(server, name);
    String token = SeedUsers.logIn(server, name, SeedUsers.PASSWORD);

    Api.Reply token1 = server.api().token(token).get("/users/byId/");
    Api.Reply bearer = server.api().bearer(token).get("/users/byId");

    assertThat(bearer.status()).isEqualTo(200);
    assertThat(bearer.json()).isEqualTo(token1.json());
  }

  @Test
  void byId_ofAdministrators_callsThemAdmin_withTheirFlags() {
    Api staff = Accounts.administrator(server, "chief", Role.STAFF).api();
    Api superuser = Accounts.administrator(server, "root", Role.SUPERUSER).api();
    Api mechanic = Accounts.mechanic(server, "wrench").api();

    JsonNode asStaff = staff.get("/users/byId/").json();
    JsonNode asSuperuser = superuser.get("/users/byId/").json();
    JsonNode asMechanic = mechanic.get("/users/byId/").json();

    assertThat(asStaff.path("role").asText()).isEqualTo("admin");
    assertThat(asStaff.path("is_staff").asBoolean()).isTrue();
    assertThat(asStaff.path("is_admin").asBoolean()).isTrue();
    assertThat(asStaff.path("is_superuser").asBoolean()).isFalse();
    assertThat(asSuperuser.path("role").asText()).isEqualTo("admin");
    assertThat(asSuperuser.path("is_superuser").asBoolean()).isTrue();
    assertThat(asMechanic.path("role").asText()).isEqualTo("user");
    assertThat(asMechanic.path("is_staff").asBoolean()).isFalse();
  }

  @Test
  void put_changesTheNamedFields_andAnswersTheChangedDetails() {
    Api holder = SeedUsers.signedUp(server, SeedUsers.unique("mover"));

    Api.Reply reply =
        holder.put(
            "/users/byId/",
            Map.of("first_name", "Syam", "last_name", "Sundar", "phone_number", "+919023459789"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.text("first_name")).isEqualTo("Syam");
    assertThat(reply.text("last_name")).isEqualTo("Sundar");
    assertThat(reply.text("phone_number")).isEqualTo("+919023459789");
    assertNoPassword(reply);
    assertThat(holder.get("/users/byId/").json()).isEqualTo(reply.json());
  }

  @Test
  void patch_formEncoded_andMultipart_withoutTheTrailingSlash_change() {
    Api holder = SeedUsers.signedUp(server, SeedUsers.unique("former"));

    Api.Reply form = holder.form("PATCH", "/users/byId", Map.of("first_name", "Formed"));
    Api.Reply multipart = holder.multipart("PUT", "/users/byId/", Map.of("last_name", "Parted"));

    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    assertThat(multipart.status()).as(multipart.toString()).isEqualTo(200);
    JsonNode now = holder.get("/users/byId/").json();
    assertThat(now.path("first_name").asText()).isEqualTo("Formed");
    assertThat(now.path("last_name").asText()).isEqualTo("Parted");
  }

  @Test
  void put_ofTheSeedsRoleNames_keepsThePlatformRole() {
    Api customer = SeedUsers.signedUp(server, SeedUsers.unique("plain"));
    Api mechanic = Accounts.mechanic(server, "spanner").api();
    Api staff = Accounts.administrator(server, "boss", Role.STAFF).api();
    Api superuser = Accounts.administrator(server, "top", Role.SUPERUSER).api();

    assertThat(customer.patch("/users/byId/", Map.of("role", "user")).status()).isEqualTo(200);
    assertThat(mechanic.patch("/users/byId/", Map.of("role", "user")).status()).isEqualTo(200);
    assertThat(staff.patch("/users/byId/", Map.of("role", "admin")).status()).isEqualTo(200);
    assertThat(superuser.patch("/users/byId/", Map.of("role", "admin")).status()).isEqualTo(200);

    assertThat(customer.get("/v1/me").text("role")).isEqualTo("customer");
    assertThat(mechanic.get("/v1/me").text("role")).isEqualTo("mechanic");
    assertThat(staff.get("/v1/me").text("role")).isEqualTo("staff");
    assertThat(superuser.get("/v1/me").text("role")).isEqualTo("superuser");
  }

  @Test
  void put_makingOneselfAdmin_isForbidden_andChangesNothing() {
    Api holder = SeedUsers.signedUp(server, SeedUsers.unique("climber"));

    Api.Reply reply = holder.put("/users/byId/", Map.of("role", "admin", "first_name", "Evil"));

    assertDrfError(reply, 403);
    JsonNode now = holder.get("/users/byId/").json();
    assertThat(now.path("role").asText()).isEqualTo("user");
    assertThat(now.path("first_name").asText()).doesNotContain("Evil");
  }

  @Test
  void put_ofTheSeedsFlagsOrAPassword_grantsNothing_andLeavesThePasswordAlone() {
    String name = SeedUsers.unique("sneaky");
    Api holder = SeedUsers.signedUp(server, name);

    Api.Reply reply =
        holder.put(
            "/users/byId/",
            Map.of(
                "is_staff", true,
                "is_superuser", true,
                "is_admin", true,
                "groups", java.util.List.of("admins"),
                "password", "Hijacked-Password-1"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertNoPassword(reply);
    assertThat(reply.json().path("is_staff").asBoolean()).isFalse();
    assertThat(reply.json().path("is_superuser").asBoolean()).isFalse();
    assertThat(holder.get("/v1/me").text("role")).isEqualTo("customer");
    assertThat(SeedUsers.logIn(server, name, SeedUsers.PASSWORD)).isNotBlank();
  }

  @Test
  void put_ofABadEmailPhoneOrUsername_namesTheFields() {
    Api holder = SeedUsers.signedUp(server, SeedUsers.unique("typo"));

    assertFieldErrors(
        holder.put(
            "/users/byId/",
            Map.of("email", "nope", "phone_number", "555-1234", "username", "x' OR 1=1; --")),
        400,
        "email",
        "phone_number",
        "username");
    assertFieldErrors(
        holder.patch("/users/byId/", Map.of("first_name", "x".repeat(151))), 400, "first_name");
    assertFieldErrors(holder.patch("/users/byId/", Map.of("is_active", "maybe")), 400, "is_active");
  }

  @Test
  void put_ofATakenEmail_isAConflictOnEmail() {
    String taken = SeedUsers.unique("first");
    SeedUsers.signedUp(server, taken);
    Api holder = SeedUsers.signedUp(server, SeedUsers.unique("second"));

    assertFieldErrors(
        holder.put("/users/byId/", Map.of("email", taken.toUpperCase() + "@EXAMPLE.com")),
        409,
        "email");
  }

  @Test
  void put_withWrongTypesOrMalformedJson_isA400() {
    Api holder = SeedUsers.signedUp(server, SeedUsers.unique("broken"));

    assertFieldErrors(
        holder.put("/users/byId/", Map.of("first_name", Map.of("a", "b"))), 400, "first_name");
    assertDetail(
        holder.send("PUT", "/users/byId/", "{\"first_name\": }", "application/json"),
        400,
        "The request body is not valid JSON.");
    assertDetail(
        holder.send("PATCH", "/users/byId/", "\"text\"", "application/json"),
        400,
        "The request body must be a JSON object.");
  }

  @Test
  void everyRoute_withoutCredentials_isA401Detail() {
    Api anonymous = server.api();
    for (Api.Reply reply :
        new Api.Reply[] {
          anonymous.get("/users/byId/"),
          anonymous.put("/users/byId/", Map.of("first_name", "x")),
          anonymous.patch("/users/byId/", Map.of("first_name", "x")),
          anonymous.put("/users/deactivate/", Map.of()),
          anonymous.patch("/users/deactivate/", Map.of())
        }) {
      assertDetail(reply, 401, "Authentication credentials were not provided.");
      assertThat(reply.header("WWW-Authenticate")).isNotBlank();
    }
  }
}
