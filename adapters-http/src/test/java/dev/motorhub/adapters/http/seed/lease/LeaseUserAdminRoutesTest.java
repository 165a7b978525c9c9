package dev.motorhub.adapters.http.seed.lease;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfAnswers.assertSuccess;
import static dev.motorhub.adapters.http.seed.DrfAnswers.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Lease API's administration of users: the user list (with the seed's spaced names), adding a
 * user of any kind (a superuser only), and the user search, where {@code customer_id} is 0 for an
 * account without a customer.
 */
class LeaseUserAdminRoutesTest {
  static TestServer server;
  static Api superuser;
  static Api staff;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    superuser = LeaseAccounts.administrator(server, "root", Role.SUPERUSER);
    staff = LeaseAccounts.administrator(server, "chief", Role.STAFF);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void userList_isAPlainArray_underTheSeedsSpacedNames() {
    LeaseAccounts.Registered april = LeaseAccounts.register(server, "april599");

    for (String path : List.of("/api/users/", "/api/users")) {
      JsonNode list = assertSuccess(staff.get(path), 200);
      assertThat(list.isArray()).isTrue();
      JsonNode item = byUsername(list, "april599");
      assertThat(fieldNames(item))
          .containsExactly(
              "id", "username", "email", "first name", "last name", "is_active", "customer id");
      assertThat(item.path("id").asText()).isEqualTo(april.userId());
      assertThat(item.path("first name").asText()).isEqualTo("Firstapril599");
      assertThat(item.path("customer id").asText()).isEqualTo(april.customerId());
      assertThat(byUsername(list, "root").path("customer id").asInt(-1)).isZero();
    }
  }

  @Test
  void addUser_withTheSeedsExample_answersDjangosUserModel() {
    Map<String, Object> lisa = new LinkedHashMap<>();
    lisa.put("password", Accounts.PASSWORD);
    lisa.put("is_superuser", false);
    lisa.put("first_name", "Lisa");
    lisa.put("last_name", "Thompson");
    lisa.put("username", "lisa950");
    lisa.put("email", "lisa950@example.com");
    lisa.put("is_active", 1);

    JsonNode body = assertSuccess(superuser.post("/api/user/", lisa), 201);

    assertThat(fieldNames(body))
        .containsExactly(
            "id",
            "last_login",
            "is_superuser",
            "username",
            "first_name",
            "last_name",
            "email",
            "is_staff",
            "is_active",
            "date_joined",
            "groups",
            "user_permissions");
    assertThat(body.path("last_login").isNull()).isTrue();
    assertThat(body.path("is_superuser").asBoolean()).isFalse();
    assertThat(body.path("is_staff").asBoolean()).isFalse();
    assertThat(body.path("is_active").asBoolean()).isTrue();
    assertThat(body.path("groups").isArray() && body.path("groups").isEmpty()).isTrue();
    assertThat(body.path("date_joined").asText()).isNotBlank();
  }

  @Test
  void addUser_isStaffOrIsSuperuser_choosesTheRole_formEncodedOrMultipart() {
    JsonNode added =
        assertSuccess(
            superuser.form("POST", "/api/user", LeaseAccounts.newUser("stan", "is_staff", "true")),
            201);
    JsonNode root =
        assertSuccess(
            superuser.multipart(
                "POST", "/api/user/", LeaseAccounts.newUser("sue", "is_superuser", "1")),
            201);

    assertThat(added.path("is_staff").asBoolean()).isTrue();
    assertThat(added.path("is_superuser").asBoolean()).isFalse();
    assertThat(root.path("is_staff").asBoolean()).isTrue();
    assertThat(root.path("is_superuser").asBoolean()).isTrue();
    assertThat(superuser.get("/api/user/" + added.path("id").asText()).text("customer_id"))
        .isEqualTo("0");
  }

  @Test
  void addUser_inactive_opensTheAccountInactive() {
    JsonNode body =
        assertSuccess(
            superuser.form("POST", "/api/user/", LeaseAccounts.newUser("idle", "is_active", "0")),
            201);

    assertThat(body.path("is_active").asBoolean()).isFalse();
    assertThat(
            server
                .api()
                .post("/api/login/", Map.of("username", "idle", "password", Accounts.PASSWORD))
                .status())
        .isEqualTo(403);
  }

  @Test
  void addUser_byStaff_isRefused_onlyTheSuperuserAdds() {
    Api.Reply reply = staff.post("/api/user/", LeaseAccounts.newUser("sneaky", "is_active", "1"));

    assertThat(assertDrfError(reply, 403).path("detail").asText())
        .isEqualTo("Only a superuser adds users.");
    assertThat(superuser.get("/api/users/search/?username=sneaky").json()).isEmpty();
  }

  @Test
  void userSearch_byUsernameAndNames_answersTheSeedsItems_withCustomerIdZeroWhenNone() {
    LeaseAccounts.Registered lis = LeaseAccounts.register(server, "qlisbeth");
    assertSuccess(
        superuser.post("/api/user/", LeaseAccounts.newUser("qlister", "is_staff", "true")), 201);

    JsonNode found = assertSuccess(staff.get("/api/users/search/?username=QLIS"), 200);
    JsonNode byNames =
        assertSuccess(staff.get("/api/users/search?first_name=firstqlis&last_name=lastq"), 200);

    assertThat(found)
        .extracting(n -> n.path("username").asText())
        .containsExactlyInAnyOrder("qlisbeth", "qlister");
    assertThat(fieldNames(found.get(0)))
        .containsExactly(
            "id", "username", "email", "first_name", "last_name", "is_active", "customer_id");
    JsonNode lister = byUsername(found, "qlister");
    assertThat(lister.path("customer_id").isInt() && lister.path("customer_id").asInt() == 0)
        .as(lister.toString())
        .isTrue();
    assertThat(byUsername(found, "qlisbeth").path("customer_id").asText())
        .isEqualTo(lis.customerId());
    assertThat(byNames).extracting(n -> n.path("username").asText()).containsExactly("qlisbeth");
  }

  @Test
  void userSearch_withSqlAsText_findsNothing_andBreaksNothing() {
    JsonNode found =
        assertSuccess(staff.get("/api/users/search/?username=%27%20OR%201%3D1%20--"), 200);

    assertThat(found.isArray() && found.isEmpty()).isTrue();
    assertThat(staff.get("/api/users/").json().size()).isPositive();
  }

  static JsonNode byUsername(JsonNode list, String username) {
    return StreamSupport.stream(list.spliterator(), false)
        .filter(n -> n.path("username").asText().equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError(username + " not in " + list));
  }
}
