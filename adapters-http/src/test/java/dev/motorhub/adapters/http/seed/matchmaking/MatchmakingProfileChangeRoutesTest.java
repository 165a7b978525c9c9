package dev.motorhub.adapters.http.seed.matchmaking;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDetail;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertFieldErrors;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertNoPassword;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT/PATCH /users/byId/}: the holder changes their own details in any body encoding; the
 * seed's role names keep the platform role, flags grant nothing, bad fields are DRF field errors.
 */
class MatchmakingProfileChangeRoutesTest {
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
  void put_ofATakenEmail_isA400OnEmail() {
    String taken = SeedUsers.unique("first");
    SeedUsers.signedUp(server, taken);
    Api holder = SeedUsers.signedUp(server, SeedUsers.unique("second"));

    assertFieldErrors(
        holder.put("/users/byId/", Map.of("email", taken.toUpperCase() + "@EXAMPLE.com")),
        400,
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
}
