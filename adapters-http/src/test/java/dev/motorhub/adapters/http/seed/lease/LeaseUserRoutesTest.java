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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Lease API's user routes, {@code /api/user/…}, {@code /api/password_update/…} and {@code
 * /api/users/…}, answer in the seed's shapes with its messages, with or without the trailing slash.
 */
class LeaseUserRoutesTest {
  static TestServer server;
  static Api superuser;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    superuser = LeaseAccounts.administrator(server, "root", Role.SUPERUSER);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void getUser_answersTheSeedsDetails_withTheCustomerId() {
    LeaseAccounts.Registered gus = LeaseAccounts.register(server, "gus");

    for (String path : List.of("/api/user/" + gus.userId(), "/api/user/" + gus.userId() + "/")) {
      JsonNode body = assertSuccess(gus.api().get(path), 200);
      assertThat(fieldNames(body))
          .containsExactly(
              "id", "username", "email", "first_name", "last_name", "is_active", "customer_id");
      assertThat(body.path("id").asText()).isEqualTo(gus.userId());
      assertThat(body.path("first_name").asText()).isEqualTo("Firstgus");
      assertThat(body.path("is_active").asBoolean()).isTrue();
      assertThat(body.path("customer_id").asText()).isEqualTo(gus.customerId());
    }
  }

  @Test
  void updateUser_withTheSeedsExample_answersTheChangedUser() {
    LeaseAccounts.Registered garret = LeaseAccounts.register(server, "garret");
    Map<String, Object> example =
        Map.of(
            "first_name", "Garret",
            "last_name", "Osborn",
            "username", "garret499",
            "email", "garret499@example.com",
            "is_active", 1);

    JsonNode body = assertSuccess(garret.api().put("/api/user/" + garret.userId(), example), 200);

    assertThat(body.path("username").asText()).isEqualTo("garret499");
    assertThat(body.path("email").asText()).isEqualTo("garret499@example.com");
    assertThat(body.path("last_name").asText()).isEqualTo("Osborn");
    assertThat(body.path("is_active").asBoolean()).isTrue();
    assertThat(body.path("customer_id").asText()).isEqualTo(garret.customerId());
    assertThat(garret.api().get("/api/user/" + garret.userId()).text("first_name"))
        .isEqualTo("Garret");
  }

  @Test
  void updateUser_formEncodedOrMultipart_withoutTheTrailingSlash() {
    LeaseAccounts.Registered fay = LeaseAccounts.register(server, "fay");
    String path = "/api/user/" + fay.userId();

    assertThat(fay.api().form("PUT", path, Map.of("last_name", "Formed")).text("last_name"))
        .isEqualTo("Formed");
    assertThat(
            fay.api().multipart("PUT", path + "/", Map.of("last_name", "Parted")).text("last_name"))
        .isEqualTo("Parted");
  }

  @Test
  void staffSettingIsActiveFalse_deactivatesTheUser_andItsTokenStops() {
    LeaseAccounts.Registered ivy = LeaseAccounts.register(server, "ivy");

    JsonNode body =
        assertSuccess(
            superuser.form("PUT", "/api/user/" + ivy.userId(), Map.of("is_active", "0")), 200);

    assertThat(body.path("is_active").asBoolean()).isFalse();
    assertDrfError(ivy.api().get("/api/user/" + ivy.userId()), 401);
    assertThat(
            superuser.put("/api/user/" + ivy.userId(), Map.of("is_active", true)).text("is_active"))
        .isEqualTo("true");
  }

  @Test
  void deleteUser_answersRemoveCompleted_andTakesTheCustomerWithIt() {
    LeaseAccounts.Registered dan = LeaseAccounts.register(server, "dan");

    JsonNode body = assertSuccess(dan.api().delete("/api/user/" + dan.userId() + "/"), 200);

    assertThat(body.path("response").asText()).isEqualTo("Remove Completed");
    assertDrfError(superuser.get("/api/user/" + dan.userId()), 404);
    assertDrfError(superuser.get("/api/customer/" + dan.customerId()), 404);
  }

  @Test
  void passwordUpdate_underTheSeedsSpelling_answersPasswordUpdated_andTheNewPasswordSignsIn() {
    LeaseAccounts.Registered pam = LeaseAccounts.register(server, "pam");

    // The seed's example spells the field "password " with a trailing space.
    Api.Reply reply =
        pam.api()
            .put("/api/password_update/" + pam.userId(), Map.of("password ", "Brand-New-Pass-1"));

    assertThat(assertSuccess(reply, 200).path("response").asText()).isEqualTo("Password Updated");
    assertThat(logIn("pam", "Brand-New-Pass-1").status()).isEqualTo(200);
    assertThat(logIn("pam", Accounts.PASSWORD).status()).isEqualTo(401);
  }

  @Test
  void passwordUpdate_formEncodedOrMultipart_withoutTheTrailingSlash_endsTheOldSessions() {
    LeaseAccounts.Registered pia = LeaseAccounts.register(server, "pia");
    String path = "/api/password_update/" + pia.userId();

    assertThat(superuser.form("PUT", path, Map.of("password", "Formed-Pass-2024")).status())
        .isEqualTo(200);
    assertThat(
            superuser.multipart("PUT", path + "/", Map.of("password", "Parted-Pass-2024")).status())
        .isEqualTo(200);

    assertDrfError(pia.api().get("/api/user/" + pia.userId()), 401);
    assertThat(logIn("pia", "Parted-Pass-2024").status()).isEqualTo(200);
  }

  @Test
  void passwordUpdate_breakingThePolicy_namesEveryRule() {
    LeaseAccounts.Registered pat = LeaseAccounts.register(server, "pat");

    JsonNode messages =
        assertDrfError(
                pat.api()
                    .put("/api/password_update/" + pat.userId(), Map.of("password", "1234567")),
                400)
            .path("password");

    assertThat(messages.toString()).contains("too short", "entirely numeric");
  }

  @Test
  void passwordUpdate_withoutAPassword_isRequired() {
    LeaseAccounts.Registered pip = LeaseAccounts.register(server, "pip");

    assertThat(
            assertDrfError(pip.api().put("/api/password_update/" + pip.userId(), Map.of()), 400)
                .path("password")
                .get(0)
                .asText())
        .isEqualTo("This field is required.");
  }

  private static Api.Reply logIn(String username, String password) {
    return server.api().post("/api/login/", Map.of("username", username, "password", password));
  }
}
