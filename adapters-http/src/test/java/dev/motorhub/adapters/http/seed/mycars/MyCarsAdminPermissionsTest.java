package dev.motorhub.adapters.http.seed.mycars;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertNoPassword;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call {@code /api/admin/users/}: administrators only, as the seed says; a client is
 * refused even on their own record, and staff do not touch another administrator's account.
 */
class MyCarsAdminPermissionsTest {
  static TestServer server;
  static Api otherClient;
  static Api mechanic;
  static Api staff;
  static Api superuser;

  /** Who calls: the owner is a client registered for each case. */
  enum Actor {
    ANONYMOUS,
    OWNER,
    OTHER_CLIENT,
    MECHANIC,
    STAFF,
    SUPERUSER
  }

  /** One route: the account it acts on (made per case), the call, the status of each actor. */
  record Row(
      String route,
      Function<Case, String> target,
      BiFunction<Api, Case, Api.Reply> call,
      String statuses) {
    int expected(Actor actor) {
      return Integer.parseInt(statuses.strip().split("\\s+")[actor.ordinal()]);
    }

    @Override
    public String toString() {
      return route;
    }
  }

  /** The records of one case: a fresh owner, and a fresh account of another role on demand. */
  static final class Case {
    private SeedClients.Client owner;
    private String staffAccount;

    SeedClients.Client owner() {
      if (owner == null) {
        owner = SeedClients.register(server, SeedClients.unique("owner"));
      }
      return owner;
    }

    String ownerPath() {
      return "/api/admin/users/" + owner().id() + "/";
    }

    /** An administrator's account, opened by the superuser. */
    String staffPath() {
      if (staffAccount == null) {
        Api.Reply made = superuser.post("/api/admin/users/", newUser("admin"));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        staffAccount = made.text("id");
      }
      return "/api/admin/users/" + staffAccount + "/";
    }
  }

  @BeforeAll
  static void start() {
    server = TestServer.start();
    otherClient = SeedClients.register(server, "bystander").api();
    mechanic = Accounts.mechanic(server, "wrench").api();
    staff = Accounts.administrator(server, "chief", Role.STAFF).api();
    superuser = Accounts.administrator(server, "root", Role.SUPERUSER).api();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> matrix() {
    // Statuses in order: anonymous, the owner (a client), another client, a mechanic, staff,
    // a superuser.
    List<Row> rows =
        List.of(
            new Row(
                "GET /api/admin/users/",
                c -> null,
                (api, c) -> api.get("/api/admin/users/"),
                "401 403 403 403 200 200"),
            new Row(
                "POST /api/admin/users/ (a client)",
                c -> null,
                (api, c) -> api.post("/api/admin/users/", newUser("client")),
                "401 403 403 403 201 201"),
            new Row(
                "POST /api/admin/users/ (an admin)",
                c -> null,
                (api, c) -> api.post("/api/admin/users/", newUser("admin")),
                "401 403 403 403 403 201"),
            new Row(
                "GET /api/admin/users/{the owner}/",
                Case::ownerPath,
                (api, c) -> api.get(c.ownerPath()),
                "401 403 403 403 200 200"),
            new Row(
                "PUT /api/admin/users/{the owner}/",
                Case::ownerPath,
                (api, c) -> api.put(c.ownerPath(), Map.of("last_name", "Smith")),
                "401 403 403 403 200 200"),
            new Row(
                "PUT /api/admin/users/{the owner}/ role=admin",
                Case::ownerPath,
                (api, c) -> api.put(c.ownerPath(), Map.of("role", "admin")),
                "401 403 403 403 403 200"),
            new Row(
                "DELETE /api/admin/users/{the owner}/",
                Case::ownerPath,
                (api, c) -> api.delete(c.ownerPath()),
                "401 403 403 403 204 204"),
            new Row(
                "GET /api/admin/users/{an admin}/",
                Case::staffPath,
                (api, c) -> api.get(c.staffPath()),
                "401 403 403 403 200 200"),
            new Row(
                "PUT /api/admin/users/{an admin}/",
                Case::staffPath,
                (api, c) -> api.put(c.staffPath(), Map.of("last_name", "Smith")),
                "401 403 403 403 403 200"),
            new Row(
                "DELETE /api/admin/users/{an admin}/",
                Case::staffPath,
                (api, c) -> api.delete(c.staffPath()),
                "401 403 403 403 403 204"));
    return rows.stream()
        .flatMap(
            row ->
                Arrays.stream(Actor.values())
                    .map(actor -> Arguments.of(row, actor, row.expected(actor))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void eachActor_getsTheStatusTheSeedGrants(Row row, Actor actor, int expected) {
    Case c = new Case();
    String target = row.target().apply(c);
    JsonNode before = target == null ? null : superuser.get(target).json();
    Api caller =
        switch (actor) {
          case ANONYMOUS -> server.api();
          case OWNER -> c.owner().api();
          case OTHER_CLIENT -> otherClient;
          case MECHANIC -> mechanic;
          case STAFF -> staff;
          case SUPERUSER -> superuser;
        };

    Api.Reply reply = row.call().apply(caller, c);

    assertThat(reply.status()).as(actor + " on " + row + ": " + reply).isEqualTo(expected);
    if (expected >= 400) {
      assertDrfError(reply, expected);
      if (target != null) {
        assertThat(superuser.get(target).json()).as("a refusal changes nothing").isEqualTo(before);
      }
    } else if (expected == 204) {
      assertThat(superuser.get(target).status()).as(target + " is gone").isEqualTo(404);
    } else {
      assertNoPassword(reply);
    }
  }

  static Map<String, String> newUser(String role) {
    String name = SeedClients.unique("new" + role);
    return Map.of(
        "username",
        name,
        "email",
        name + "@example.com",
        "first_name",
        "Jane",
        "last_name",
        "Smith",
        "password",
        SeedClients.PASSWORD,
        "password2",
        SeedClients.PASSWORD,
        "role",
        role);
  }
}
