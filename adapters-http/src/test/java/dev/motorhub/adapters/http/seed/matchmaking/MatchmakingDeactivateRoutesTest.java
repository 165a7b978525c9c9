package dev.motorhub.adapters.http.seed.matchmaking;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDetail;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertFieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT/PATCH /users/deactivate/} and {@code is_active: false} on {@code /users/byId/}: the
 * holder deactivates their own account; its tokens stop at once and it can no longer log in.
 */
class MatchmakingDeactivateRoutesTest {
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
  void put_deactivatesTheCallersAccount_withTheSeedsMessage() {
    String name = SeedUsers.unique("Syam");
    Api holder = SeedUsers.signedUp(server, name);
    Api secondDevice = server.api().bearer(SeedUsers.logIn(server, name, SeedUsers.PASSWORD));

    Api.Reply reply = holder.put("/users/deactivate/", Map.of());

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().toString())
        .isEqualTo("{\"message\":\"User " + name + " deactivated successfully\"}");
    assertDetail(holder.get("/users/byId/"), 401, "Invalid or expired token.");
    assertThat(secondDevice.get("/users/byId/").status()).isEqualTo(401);
    assertFieldErrors(
        server
            .api()
            .post("/users/login/", Map.of("username", name, "password", SeedUsers.PASSWORD)),
        403,
        "is_active");
  }

  @Test
  void patch_withoutTheTrailingSlash_withBearer_deactivatesToo() {
    String name = SeedUsers.unique("patcher");
    SeedUsers.signedUp(server, name);
    Api bearer = server.api().bearer(SeedUsers.logIn(server, name, SeedUsers.PASSWORD));

    Api.Reply reply = bearer.send("PATCH", "/users/deactivate", null, null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.text("message")).contains(name);
    assertThat(bearer.get("/users/byId/").status()).isEqualTo(401);
  }

  @Test
  void deactivatingTwice_isRefused_theTokenIsAlreadySpent() {
    Api holder = SeedUsers.signedUp(server, SeedUsers.unique("twice"));
    assertThat(holder.put("/users/deactivate/", Map.of()).status()).isEqualTo(200);

    assertDetail(holder.patch("/users/deactivate/", Map.of()), 401, "Invalid or expired token.");
  }

  @Test
  void anAdministrator_mayDeactivateTheirOwnAccount() {
    Accounts.Signed staff = Accounts.administrator(server, "retiree", Role.STAFF);

    Api.Reply reply = staff.api().put("/users/deactivate/", Map.of());

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(staff.api().get("/users/byId/").status()).isEqualTo(401);
  }

  @Test
  void isActiveFalse_onById_deactivates_andIsActiveTrue_changesNothing() {
    Api holder = SeedUsers.signedUp(server, SeedUsers.unique("flagged"));

    Api.Reply stillActive = holder.form("PATCH", "/users/byId/", Map.of("is_active", "true"));
    assertThat(stillActive.status()).as(stillActive.toString()).isEqualTo(200);
    assertThat(stillActive.json().path("is_active").asBoolean()).isTrue();

    Api.Reply off = holder.patch("/users/byId/", Map.of("is_active", false));
    assertThat(off.status()).as(off.toString()).isEqualTo(200);
    assertThat(off.json().path("is_active").asBoolean()).isFalse();
    assertThat(holder.get("/users/byId/").status()).isEqualTo(401);
  }
}
