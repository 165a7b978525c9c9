package dev.motorhub.adapters.http.seed;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertFieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.v1.Matrix;
import dev.motorhub.domain.identity.Role;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each seed request is one use case in one unit of work: a refusal in its second part (a profile's
 * address after the account's change; an account added inactive) leaves nothing of the first.
 */
class SeedUnitsOfWorkTest {
  static TestServer server;
  static Api superuser;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    superuser = Accounts.administrator(server, "unitroot", Role.SUPERUSER).api();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void myCarsAdminUpdate_refusedForItsAddress_leavesTheAccountAsItWas() {
    Accounts.Signed client = Accounts.customer(server, Matrix.unique("client"));
    String path = "/api/admin/users/" + client.id() + "/";
    String before = superuser.get(path).body();

    Api.Reply reply =
        superuser.put(
            path,
            Map.of(
                "username",
                Matrix.unique("renamed"),
                "first_name",
                "Renamed",
                "is_active",
                false,
                "address",
                "x".repeat(301)));

    assertFieldErrors(reply, 400, "address");
    assertThat(superuser.get(path).body()).isEqualTo(before);
    assertThat(client.api().get("/api/me/").status()).isEqualTo(200);
  }

  @Test
  void myCarsAdminUpdate_changesTheAccountAndItsAddressTogether() {
    Accounts.Signed client = Accounts.customer(server, Matrix.unique("client"));
    String path = "/api/admin/users/" + client.id() + "/";

    Api.Reply reply = superuser.put(path, Map.of("first_name", "Jane", "address", "456 Oak Ave"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(superuser.get(path).text("first_name")).isEqualTo("Jane");
    assertThat(superuser.get(path).text("address")).isEqualTo("456 Oak Ave");
  }

  @Test
  void leaseAdd_inactive_refusedForATakenEmail_leavesNoUser() {
    Accounts.Signed taken = Accounts.customer(server, Matrix.unique("taken"));
    String name = Matrix.unique("idle");

    Api.Reply reply = addInactive(name, taken.username() + "@example.com");

    assertFieldErrors(reply, 400, "email");
    assertThat(superuser.get("/api/users/search/?username=" + name).json()).isEmpty();
  }

  @Test
  void leaseAdd_inactive_opensTheUserInactive_inOneStep() {
    String name = Matrix.unique("idle");

    Api.Reply reply = addInactive(name, name + "@example.com");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.json().path("is_active").asBoolean()).isFalse();
    assertThat(superuser.get("/api/user/" + reply.text("id")).json().path("is_active").asBoolean())
        .isFalse();
  }

  private static Api.Reply addInactive(String username, String email) {
    return superuser.post(
        "/api/user/",
        Map.of(
            "username", username, "email", email, "password", Accounts.PASSWORD, "is_active", 0));
  }
}
