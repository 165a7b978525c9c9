package dev.motorhub.adapters.http.seed.matchmaking;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDetail;
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
 * {@code GET /users/byId/}: one's own details in the seed's fields and order, never a password,
 * with the seed's role names over the platform's roles; every route of the profile needs a token.
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
