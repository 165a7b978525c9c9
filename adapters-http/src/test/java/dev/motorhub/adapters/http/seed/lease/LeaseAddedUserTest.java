package dev.motorhub.adapters.http.seed.lease;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.v1.Matrix;
import dev.motorhub.domain.identity.Role;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 000: "creating a user via add only creates a record in the User table". A customer the
 * superuser adds has no customer profile: the searches show {@code customer_id} 0, and every route
 * that reads a customer's profile answers without one.
 */
class LeaseAddedUserTest {
  static TestServer server;
  static Api superuser;
  String username;
  String id;
  Api lisa;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    superuser = LeaseAccounts.administrator(server, "root", Role.SUPERUSER);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void theSuperuserAddsLisa() {
    username = Matrix.unique("lisa");
    Map<String, String> body = LeaseAccounts.newUser(username, "is_active", "1");
    id = assertSuccess(superuser.post("/api/user/", body), 201).path("id").asText();
    Api.Reply login =
        server
            .api()
            .post("/api/login/", Map.of("username", username, "password", Accounts.PASSWORD));
    lisa = server.api().token(login.text("token"));
  }

  @Test
  void theUserSearchAndList_showCustomerIdZero() {
    JsonNode found = superuser.get("/api/users/search/?username=" + username).json();
    JsonNode listed =
        LeaseUserAdminRoutesTest.byUsername(superuser.get("/api/users/").json(), username);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).path("customer_id").asInt(-1)).isZero();
    assertThat(listed.path("customer id").asInt(-1)).isZero();
    assertThat(lisa.get("/api/user/" + id).json().path("customer_id").asInt(-1)).isZero();
    assertThat(superuser.get("/v1/users/" + id).json().path("customer_id").isNull()).isTrue();
  }

  @Test
  void theCustomerLists_doNotHaveHer() {
    assertThat(superuser.get("/api/customers/").json().toString()).doesNotContain(id);
    String firstName = "First" + username;
    assertThat(superuser.get("/api/customers/search/?first_name=" + firstName).json()).isEmpty();
    assertThat(superuser.get("/v1/customers?first_name=" + firstName).json().path("items"))
        .isEmpty();
  }

  @Test
  void herOwnRoutes_answerWithoutAProfile() {
    assertThat(assertSuccess(lisa.get("/v1/me"), 200).path("customer_id").isNull()).isTrue();
    assertThat(assertSuccess(lisa.get("/api/me/"), 200).path("address").asText()).isEmpty();
    assertThat(assertSuccess(lisa.get("/api/v1/user/?user_type=customers"), 200)).isEmpty();
    assertThat(assertSuccess(lisa.get("/api/v1/user/accounts"), 200)).hasSize(1);
    assertThat(assertSuccess(lisa.get("/users/byId/"), 200).path("username").asText())
        .isEqualTo(username);
    assertThat(assertSuccess(lisa.get("/v1/credit-cards"), 200).path("items")).isEmpty();
    Map<String, String> card =
        Map.of("number", "4242 4242 4242 4242", "expiry", "12/30", "holder", "Lisa", "cvc", "123");
    assertThat(assertSuccess(lisa.post("/v1/credit-cards", card), 201).path("owner_id").asText())
        .isEqualTo(id);
    assertThat(assertSuccess(lisa.get("/api/cars/"), 200)).isEmpty();
    JsonNode car =
        assertSuccess(
            lisa.post(
                "/api/cars/",
                Map.of("brand", "Honda", "model", "Civic", "year", 2022, "license", username)),
            201);
    assertThat(car.path("owner").asText()).isEqualTo(id);
    for (Api.Reply contacts :
        new Api.Reply[] {
          lisa.get("/v1/contacts"),
          lisa.post("/v1/contacts", Map.of("email", "lisa@example.org", "note", "home"))
        }) {
      assertThat(contacts.status()).as(contacts.toString()).isEqualTo(403);
      assertThat(contacts.text("detail"))
          .isEqualTo("Only staff and accounts with a customer profile keep contacts.");
    }
  }

  @Test
  void anAdministratorsViewsAndChanges_answerWithoutAProfile() {
    String path = "/api/admin/users/" + id + "/";

    assertThat(assertSuccess(superuser.get(path), 200).path("address").asText()).isEmpty();
    JsonNode changed =
        assertSuccess(superuser.put(path, Map.of("first_name", "Liz", "address", "9 Elm St")), 200);

    assertThat(changed.path("first_name").asText()).isEqualTo("Liz");
    assertThat(changed.path("address").asText()).isEmpty();
  }
}
